import { z } from 'zod';
import { UNITS } from '../numbers/units';
import { SENTENCE_ID } from '../speech/anchors';
import { periodSpan } from '../targets/period';
import { INDICATOR_ID_PATTERN } from './indicator';

/**
 * How firmly a target is stated, strongest first. The order is the order of the filter on
 * /targets/ and of `compareStrength`; the Chinese label is what readers see.
 */
export const STRENGTHS = {
  /** 确保、必须、务必: a commitment the speaker answers for. */
  binding: '确保',
  /** 目标、预期、计划, or a plain 要/完成 with a figure: the plan of record. */
  planned: '计划',
  /** 力争: a stretch goal. */
  striving: '力争',
  /** 争取、努力: an aspiration. */
  seeking: '争取',
  /** 预计: a forecast rather than a promise. */
  projected: '预计',
} as const;

export type Strength = keyof typeof STRENGTHS;
export const STRENGTH_ORDER = Object.keys(STRENGTHS) as Strength[];

export const KINDS = { target: '目标', actual: '实绩' } as const;
export type TargetKind = keyof typeof KINDS;

/** How a figure's bound reads in Chinese, for open data and tables (an exact figure has no word). */
export const BOUNDS = { exact: '', 'at-least': '以上', 'at-most': '以内', about: '约', range: '区间' } as const;

/**
 * The class a plan gives a target: 预期性 (anticipatory, a direction the government steers towards)
 * or 约束性 (obligatory, a limit it answers for). Only targets listed under such a heading have one.
 */
export const TARGET_CLASSES = { anticipatory: '预期性', obligatory: '约束性' } as const;

/**
 * What an actual is measured against when it reports progress on a plan rather than a level:
 * `of-plan` a share of the plan done (完成年度投资计划的103.95%), `ahead-of-schedule` and
 * `behind-schedule` points ahead of or behind the time elapsed (领先时间进度7个百分点).
 */
export const RELATIONS = {
  'of-plan': '完成计划的比例',
  'ahead-of-schedule': '领先时间进度',
  'behind-schedule': '落后时间进度',
} as const;
export type Relation = keyof typeof RELATIONS;
const relationNames = Object.keys(RELATIONS) as [Relation, ...Relation[]];
export type TargetClass = keyof typeof TARGET_CLASSES;
const targetClassNames = Object.keys(TARGET_CLASSES) as [TargetClass, ...TargetClass[]];

const unitNames = Object.keys(UNITS) as [keyof typeof UNITS, ...(keyof typeof UNITS)[]];
/** A period of a figure: 2024, 2024-H2, 2022-Q1 or 2024-08. */
export const PERIOD_PATTERN = /^\d{4}(?:-(?:H[12]|Q[1-4]|0[1-9]|1[0-2]))?$/;
/**
 * A target record's period may also be a span of whole years, first and last year included:
 * 2026-2030 for a five-year plan's average growth or total (年均增长5%左右, “十四五”时期累计).
 * Pages that need one year use the last (src/lib/targets/period.ts `periodSpan`).
 */
export const TARGET_PERIOD_PATTERN = /^\d{4}(?:-(?:H[12]|Q[1-4]|0[1-9]|1[0-2]|\d{4}))?$/;
const PERIOD_MESSAGE =
  'period 应写成 2024、2024-H2（下半年）、2022-Q1（一季度）、2024-08（8月）或 2026-2030（跨年时期，如五年规划）';

/** A span's last year comes after its first, at most ten years on (2026-2030, not 2030-2026). */
function isOrderedSpan(period: string): boolean {
  const span = periodSpan(period);
  return span === undefined || (span.end > span.start && span.end - span.start < 10);
}

/**
 * One stated figure, parameterized by the schema of its `speech` field so that
 * src/content.config.ts can pass `reference('speeches')` and the CLI a plain slug.
 */
export function createTargetRecordSchema<S extends z.ZodType>(speech: S) {
  return z
    .object({
      /** Stable id inside the speech (`p-12-s3/600亿元`): the CLI matches reviewed records by it. */
      id: z.string().min(1, '每条记录都需要 id（例如 p-12-s3/600亿元），请勿删除或留空'),
      /** The speech that states it (its file name in content/speeches without .md). */
      speech,
      /** What is measured, as a noun phrase from the speech: 新签约项目签约总额. */
      indicator: z.string().trim().min(1, '请填写指标名称（所衡量的名词短语，如“新签约项目签约总额”）'),
      /**
       * The indicator of content/indicators.yaml it is a figure of (`qu-gdp`). Omit it to link by
       * name: a record whose indicator and organization match one entry's name or alias links to it.
       */
      indicatorId: z
        .string()
        .regex(INDICATOR_ID_PATTERN, 'indicatorId 应为 content/indicators.yaml 中某个指标的 id，如 qu-gdp')
        .optional(),
      /** The number as stated in `unit` (600 for 600亿元); null when the speech masks it (XX亿元). */
      value: z.number({ error: 'value 必须是数字（如 170.5），原文隐去的数字请写 null' }).nullable(),
      /** Upper end of a stated range (5 for 3-5个); omit otherwise. */
      upper: z.number().nullable().default(null),
      /** The unit as stated; only units the site can chart are accepted. */
      unit: z.enum(unitNames, {
        error: (issue) =>
          `未知单位“${String(issue.input)}”。可用单位：${unitNames.join('、')}。如确需新单位，请先在 src/lib/numbers/units.ts 中添加`,
      }),
      /** The figure exactly as written, bound words included: 93%以上, 不少于4个, XX亿元. */
      stated: z.string().min(1, '请填写原文中的数字写法，如“93%以上”'),
      /** How the stated figure limits the real one. */
      bound: z.enum(Object.keys(BOUNDS) as [keyof typeof BOUNDS, ...(keyof typeof BOUNDS)[]], {
        error: 'bound 只能是 exact（确数）、at-least（以上）、at-most（以内）、about（约）或 range（区间）',
      }),
      /** `target` (a stated goal) or `actual` (a reported result). */
      kind: z.enum(['target', 'actual'], { error: 'kind 只能是 target（目标）或 actual（实绩）' }),
      /** The period it refers to: 2024, 2024-H2, 2022-Q1, 2024-08, or a span of years 2026-2030. */
      period: z
        .string()
        .regex(TARGET_PERIOD_PATTERN, PERIOD_MESSAGE)
        .refine(isOrderedSpan, 'period 的跨年时期应先写起始年、再写结束年，且不超过十年，如 2026-2030'),
      /** How firmly a target is stated; null for actuals. */
      strength: z
        .enum(STRENGTH_ORDER as [Strength, ...Strength[]], {
          error: `strength 只能是 ${STRENGTH_ORDER.join('、')} 之一（目标才需要；实绩写 null）`,
        })
        .nullable(),
      /** The exact text of the speech that states it: copied verbatim, never paraphrased. */
      quote: z.string().min(1, '请填写原文引文（须与讲话原文逐字一致）'),
      /** Anchor of the sentence on the speech page, `p-12-s3`. */
      anchor: z.string().regex(SENTENCE_ID, 'anchor 应写成 p-段落号-s句号，如 p-12-s3'),
      /** Themes added by hand (slugs from content/themes.yaml), on top of those its own words are classified under. */
      themes: z.array(z.string()).default([]),
      /** 预期性 or 约束性, when the speech lists the target under one (（一）预期性指标); omit otherwise. */
      targetClass: z
        .enum(targetClassNames, {
          error: `targetClass 只能是 anticipatory（预期性指标）或 obligatory（约束性指标）/ targetClass must be anticipatory or obligatory; omit it when the speech names neither`,
        })
        .optional(),
      /** For an actual of progress on a plan, what it is measured against (RELATIONS); omit otherwise. */
      relation: z
        .enum(relationNames, {
          error:
            'relation 只能是 of-plan（完成计划的比例）、ahead-of-schedule（领先时间进度）或 behind-schedule（落后时间进度）/ relation must be of-plan, ahead-of-schedule or behind-schedule; omit it otherwise',
        })
        .optional(),
      /** Why the extractor chose the kind: the cue word or the heading that decided; for reviewers, not published. */
      kindReason: z
        .string({ error: 'kindReason 应为文字说明（如“目标词“力争””）/ kindReason must be text' })
        .optional(),
      /** Whose figure it is when not the speaker's organization (e.g. 高新区 in a district speech). */
      organization: z.string().optional(),
      /** A person checked this record against the speech; only reviewed records are published. */
      reviewed: z.boolean({ error: 'reviewed 只能是 true 或 false' }).default(false),
      /** A reviewer found this is not a stated figure; kept so the CLI never proposes it again, never published. */
      rejected: z.boolean({ error: 'rejected 只能是 true 或 false' }).default(false),
      /** Staff note, not published. */
      note: z.string().optional(),
    })
    .refine((record) => record.value !== null || /[Xx*＊Ｘ]/.test(record.stated), {
      message: 'value 为 null 只用于原文隐去的数字（stated 中应含 X 或 *）；否则请填写数字',
      path: ['value'],
    })
    .refine((record) => (record.kind === 'actual') === (record.strength === null), {
      message: '目标（target）需要 strength；实绩（actual）的 strength 请写 null',
      path: ['strength'],
    })
    .refine((record) => record.targetClass === undefined || record.kind === 'target', {
      message: 'targetClass 只用于目标（kind: target）；实绩请删去 targetClass / targetClass is only for targets',
      path: ['targetClass'],
    })
    .refine((record) => record.relation === undefined || record.kind === 'actual', {
      message: 'relation 只用于实绩（kind: actual）/ relation is only for actuals',
      path: ['relation'],
    })
    .refine((record) => record.quote.includes(record.stated), {
      message: 'stated 应出现在 quote 中：请核对引文或数字写法',
      path: ['stated'],
    });
}

/** A record with the speech as a plain slug, as the CLI and the open data see it. */
export const TargetRecordSchema = createTargetRecordSchema(
  z.string().min(1, 'speech 应为讲话文件名（content/speeches 下，不含 .md）'),
);

/** One file content/targets/<speech-slug>.yaml: the records of one speech. */
export const TargetFileSchema = z.array(TargetRecordSchema, { error: '文件应为记录列表（每条以“- id:”开头）' });

export type TargetRecord = z.output<typeof TargetRecordSchema>;
