import { z } from 'zod';

/** Theme slugs are URL segments (`/themes/opening-up/`): lower-case ASCII words joined by hyphens. */
export const THEME_SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const DEFAULT_WORD_WEIGHT = 1;
// A phrase such as 营商环境 or 对外开放 names the theme on its own; a single word such as 开放
// also turns up in passing (改革开放, 半开放), so a phrase is worth several single words.
const DEFAULT_PHRASE_WEIGHT = 3;

const termText = (list: string) =>
  z
    .string({ error: `“${list}”里的每一项必须是文字 / every entry of "${list}" must be text` })
    .trim()
    .min(1, `“${list}”里有空白项：请删除 / "${list}" has an empty entry: delete it`);

/** A keyword: either just the text (`开放`), or the text with its own weight (`{ term: 自贸区, weight: 2 }`). */
const term = (list: string, defaultWeight: number) =>
  z
    .union(
      [
        termText(list),
        z.object({
          /** The characters to look for, exactly as speeches write them. */
          term: termText(list),
          /** Points per occurrence; must be more than 0. */
          weight: z
            .number({ error: `“${list}”的 weight 必须是数字 / "weight" in "${list}" must be a number` })
            .positive(`“${list}”的 weight 必须大于 0 / "weight" in "${list}" must be more than 0`)
            .default(defaultWeight),
        }),
      ],
      {
        error: `“${list}”的每一项写成“开放”或“{ term: 开放, weight: 2 }” / write each entry of "${list}" as 开放 or { term: 开放, weight: 2 }`,
      },
    )
    .transform((value) => (typeof value === 'string' ? { term: value, weight: defaultWeight } : value));

const HEX_COLOR = /^#[0-9a-fA-F]{6}$/;
const hexColor = (scheme: string) =>
  z
    .string({ error: `“color.${scheme}”必须是颜色，如 #0d7a55 / "color.${scheme}" must be a colour such as #0d7a55` })
    .regex(
      HEX_COLOR,
      `“color.${scheme}”写成 # 加 6 位十六进制数，如 #0d7a55 / write "color.${scheme}" as # and 6 hex digits, e.g. #0d7a55`,
    );

/** One theme of `content/themes.yaml`: what it is called and the keyword rules that find its paragraphs. */
export const ThemeSchema = z.object({
  /** URL segment, lower-case ASCII (`business-environment`); changing it breaks every link to the theme. */
  slug: z
    .string({ error: '每个主题都要有“slug” / every theme needs a "slug"' })
    .regex(THEME_SLUG_PATTERN, '“slug”只能用小写字母、数字和连字符 / "slug" may only use a-z, 0-9 and hyphens'),
  /** The Chinese name readers see (开放, 创新, 营商环境, 项目). */
  name: termText('name'),
  /** One or two sentences on what the theme covers, shown at the top of its page. */
  description: termText('description'),
  /**
   * The theme's colour on cards, badges and charts: `light` on the light page, `dark` in dark mode.
   * Each needs 3:1 contrast against the page (WCAG 1.4.11); the default is the site's grey.
   */
  color: z
    .object(
      { light: hexColor('light'), dark: hexColor('dark') },
      {
        error:
          '“color”写成 { light: "#0d7a55", dark: "#4cd3a0" } / write "color" as { light: "#0d7a55", dark: "#4cd3a0" }',
      },
    )
    .default({ light: '#565e66', dark: '#a9b1ba' }),
  /** Single words, worth 1 point each time they occur unless given a weight. */
  words: z.array(term('words', DEFAULT_WORD_WEIGHT)).default([]),
  /** Multi-word phrases, worth 3 points each time they occur unless given a weight. */
  phrases: z.array(term('phrases', DEFAULT_PHRASE_WEIGHT)).default([]),
  /** Longer expressions inside which this theme's keywords do not count (创新绩 is not 创新). */
  exclude: z.array(termText('exclude')).default([]),
  /** Points one point (一要……) of a paragraph needs for this theme; raise it if the theme page lists passages that only mention it. */
  threshold: z
    .number({ error: '“threshold”必须是数字 / "threshold" must be a number' })
    .positive('“threshold”必须大于 0 / "threshold" must be more than 0')
    .default(5),
  /**
   * Sentences of one point (一要……) that must hold a keyword, so that one sentence naming the theme
   * (a target in a list, a school “等项目建设”) is not taken for a passage about it.
   */
  minSentences: z
    .number({ error: '“minSentences”必须是整数 / "minSentences" must be a whole number' })
    .int('“minSentences”必须是整数 / "minSentences" must be a whole number')
    .min(1, '“minSentences”不能小于 1 / "minSentences" must be at least 1')
    .default(2),
  /**
   * Paragraphs about the theme a speech needs to be listed under it, unless one of them opens with the
   * theme or sits under a heading about it (a part of its own). 1 lists every speech with one passage.
   */
  minSpeechParagraphs: z
    .number({ error: '“minSpeechParagraphs”必须是整数 / "minSpeechParagraphs" must be a whole number' })
    .int('“minSpeechParagraphs”必须是整数 / "minSpeechParagraphs" must be a whole number')
    .min(1, '“minSpeechParagraphs”不能小于 1 / "minSpeechParagraphs" must be at least 1')
    .default(2),
  /** Keywords in the opening sentence of a paragraph or of a point (一要……) and in headings count this many times. */
  leadWeight: z
    .number({ error: '“leadWeight”必须是数字 / "leadWeight" must be a number' })
    .min(1, '“leadWeight”不能小于 1 / "leadWeight" must be at least 1')
    .default(2),
  /**
   * Share (0–1) of the paragraph's strongest theme's points this theme needs as well, so that a
   * paragraph about projects that mentions 开放高地 once is not also listed under 开放.
   */
  minShareOfTop: z
    .number({ error: '“minShareOfTop”必须是 0 到 1 之间的数 / "minShareOfTop" must be a number from 0 to 1' })
    .min(0, '“minShareOfTop”必须是 0 到 1 之间的数 / "minShareOfTop" must be from 0 to 1')
    .max(1, '“minShareOfTop”必须是 0 到 1 之间的数 / "minShareOfTop" must be from 0 to 1')
    .default(0.5),
});

/** The whole of `content/themes.yaml`: a list of themes, in the order the site shows them. */
export const ThemesFileSchema = z
  .array(ThemeSchema, {
    error: 'themes.yaml 必须是主题列表（每项以“- slug:”开头） / themes.yaml must be a list of themes',
  })
  .min(1, 'themes.yaml 至少要有一个主题 / themes.yaml needs at least one theme')
  .superRefine((themes, ctx) => {
    const seen = new Set<string>();
    for (const [index, theme] of themes.entries()) {
      if (seen.has(theme.slug)) {
        ctx.addIssue({
          code: 'custom',
          path: [index, 'slug'],
          message: `主题“slug”重复：${theme.slug}，每个主题的 slug 必须不同 / duplicate theme "slug" ${theme.slug}: every theme needs its own`,
        });
      }
      seen.add(theme.slug);
      if (theme.words.length + theme.phrases.length === 0) {
        ctx.addIssue({
          code: 'custom',
          path: [index],
          message: `主题 ${theme.slug} 没有任何关键词：请填写“words”或“phrases” / theme ${theme.slug} has no keywords: fill in "words" or "phrases"`,
        });
      }
    }
  });

export type Theme = z.output<typeof ThemeSchema>;

/**
 * A theme as the `themes` content collection stores it. Astro's file() loader does not keep the
 * order of a list, and the list's order is the site's order, so the loader records it as `order`.
 */
export const ThemeEntrySchema = ThemeSchema.extend({
  /** Position in content/themes.yaml, counted from 0; set by the loader, not by staff. */
  order: z.number().int().min(0),
});
