/**
 * How the site orders text, never by the build machine's locale: identifiers (slugs, ISO dates,
 * anchors) by code unit, Chinese words by the zh-CN collation (pinyin), so every build of the same
 * content lists things in the same order.
 */

/** Code-unit order, for ASCII identifiers: slugs, `2024-08-21`, file paths. */
export function compareCodes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const ZH_CN = new Intl.Collator('zh-CN');

/** The order a Chinese reader expects (pinyin), for names, terms and units. */
export function compareChinese(a: string, b: string): number {
  return ZH_CN.compare(a, b);
}
