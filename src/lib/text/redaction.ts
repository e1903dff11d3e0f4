/**
 * Redaction marks as the seed documents write them: asterisks (`**市委`, `*区委常委会`, `品质*`) and
 * runs of X standing for a name or a figure (`XX高新区`, `XXX亿元`). A Latin word such as RCEP or
 * 5G is not a mark: an X run touching another Latin letter is left alone.
 */
const REDACTION = /[*＊]+|(?<![A-Za-zＡ-Ｚａ-ｚ])[XＸ]+(?![A-Za-zＡ-Ｚａ-ｚ])/gu;

/** What a reader sees instead of a redaction mark in navigation, labels, axes and lists. */
export const REDACTED_LABEL = '（原文隐去）';

/**
 * Shows redaction marks as redactions in the site's own chrome — filter labels, chart axes, titles
 * in lists — where “**市委” reads as a typo. Speech text keeps the marks verbatim (it is the record).
 * Marks next to each other collapse into one label.
 */
export function displayRedactions(text: string): string {
  return text.replace(REDACTION, REDACTED_LABEL).replace(/(?:（原文隐去）)+/gu, REDACTED_LABEL);
}

/** True when `text` holds a redaction mark. */
export function hasRedaction(text: string): boolean {
  return new RegExp(REDACTION.source, 'u').test(text);
}
