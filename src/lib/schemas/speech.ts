import { z } from 'zod';
import { parseSpeechDate, type SpeechDate } from '../dates/speech-date';

/** The kinds of document the site publishes; a closed list so that filters and feeds stay meaningful. */
export const SPEECH_KINDS = ['讲话', '调研讲话', '工作报告', '新闻报道', '致辞', '署名文章', '会议纪要'] as const;

/** Slugs are URL segments: lower-case ASCII words joined by hyphens, as `2024-08-21-gaoxinqu-tuijinhui`. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** URL segments the speech index uses for its filter pages (`/speeches/year/2022/`); no speech may take them. */
export const RESERVED_SPEECH_SLUGS: readonly string[] = ['page', 'theme', 'year'];

const text = (field: string, what: string) =>
  z
    .string({ error: `“${field}”必须是文字 / "${field}" must be text: ${what}` })
    .trim()
    .min(1, `“${field}”不能为空 / "${field}" must not be empty: ${what}`);

/**
 * A date as precise as the document prints it, read into a {@link SpeechDate}: what every page,
 * feed and index uses, so no one parses the text again. YAML reads an unquoted `2024-08-21` as a
 * timestamp and `2019` as a number, so both are accepted and turned back into text first.
 */
const speechDate = z.preprocess(
  (value) => {
    if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
    if (typeof value === 'number') return String(value);
    return value;
  },
  z
    .string({
      error: '“date”缺失：请写成 2024-08-21、2022-04 或 2019 / "date" is missing: write 2024-08-21, 2022-04 or 2019',
    })
    .transform((value, ctx): SpeechDate => {
      const parsed = parseSpeechDate(value);
      if (parsed.ok) return parsed.date;
      ctx.addIssue({
        code: 'custom',
        message:
          parsed.reason === 'impossible'
            ? `“date”是不存在的日期 ${value}：请核对月份和日 / "date" ${value} is an impossible date: check the month and day`
            : `“date”格式不对（${value}）：请写成 2024-08-21、2022-04 或 2019 / "date" ${value} is not a date: write 2024-08-21, 2022-04 or 2019`,
      });
      return z.NEVER;
    }),
);

/** Front matter of `content/speeches/*.md|mdx`. Field docs double as the staff guide (README links here). */
export const SpeechSchema = z.object({
  /** The document's title; for untitled speeches, “在……上的讲话” describing the occasion. */
  title: text('title', '请填写标题 / give the speech a title'),
  /** When it was delivered, only as precise as the document says: `2024-08-21`, `2022-04` or `2019`. */
  date: speechDate,
  /** Set when the date is inferred rather than printed, saying how it was inferred. */
  dateNote: z.string().trim().min(1).optional(),
  /** What the document is. */
  kind: z.enum(SPEECH_KINDS, {
    error: (issue) =>
      `“kind”不认识（${String(issue.input)}）：请用 ${SPEECH_KINDS.join('、')} 之一 / unknown "kind": use one of ${SPEECH_KINDS.join(', ')}`,
  }),
  /** The meeting or visit at which it was given, as the document names it. */
  occasion: text('occasion', '请填写会议或场合 / name the meeting or visit'),
  /** Speaker exactly as printed, masks (XX, **, *) kept; omit when the document does not say. */
  speaker: z.string().trim().min(1).optional(),
  /** Issuing organization exactly as printed, masks kept; omit when the document does not say. */
  organization: z.string().trim().min(1).optional(),
  /** Place, only when the text itself states it. */
  region: z.string().trim().min(1).optional(),
  /** Where the text came from (publication, archive, reporter). */
  source: text('source', '请填写来源 / say where the text came from'),
  /** One or two sentences for lists, feeds and search results. */
  summary: text('summary', '请写一两句摘要 / write a one- or two-sentence summary'),
  /** Theme slugs added by hand, on top of the paragraph classifier (see content/themes.yaml). */
  themes: z.array(z.string()).default([]),
  /** A draft is checked but not published. */
  draft: z.boolean().default(false),
  /** Overrides the URL slug taken from the file name. */
  slug: z
    .string()
    .regex(SLUG_PATTERN, '“slug”只能用小写字母、数字和连字符 / "slug" may only use a-z, 0-9 and hyphens')
    .optional(),
});

export type SpeechData = z.output<typeof SpeechSchema>;
