import { z } from 'zod';
import { UNITS } from '../numbers/units';

/** Indicator ids are URL segments (`/indicators/qu-gdp/`): lower-case ASCII words joined by hyphens. */
export const INDICATOR_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Which way is better; the Chinese label is what readers see beside a status. */
export const DIRECTIONS = { higher: '越高越好', lower: '越低越好' } as const;
export type Direction = keyof typeof DIRECTIONS;

const unitNames = Object.keys(UNITS) as [keyof typeof UNITS, ...(keyof typeof UNITS)[]];

const text = (field: string, example: string) =>
  z
    .string({ error: `“${field}”必须是文字，例如 ${example} / "${field}" must be text, e.g. ${example}` })
    .trim()
    .min(1, `“${field}”不能为空，例如 ${example} / "${field}" may not be empty, e.g. ${example}`);

/**
 * One entry of `content/indicators.yaml`: a measured quantity of one area, which every statement
 * of it — targets, actuals, data-file rows — links to. Two areas (*区 with and without 高新区)
 * are two indicators: their figures must never share a line.
 */
export const IndicatorSchema = z.object({
  /** URL segment and the id target records and data files use (`qu-gdp`); changing it breaks links. */
  id: z
    .string({ error: '每个指标都要有“id” / every indicator needs an "id"' })
    .regex(
      INDICATOR_ID_PATTERN,
      '“id”只能用小写字母、数字和连字符，例如 qu-gdp / "id" may only use a-z, 0-9 and hyphens, e.g. qu-gdp',
    ),
  /** The name readers see, as the speeches write it: 规模以上工业增加值增速. */
  name: text('name', '生产总值'),
  /** Other names speeches use for the same quantity (规上工业增加值增速); matched to link records. */
  aliases: z.array(text('aliases', '规上工业增加值增速')).default([]),
  /** The area the figure is of, as readers should read it: *区（含高新区）. */
  area: text('area', '*区（含高新区）'),
  /**
   * The organization names target records carry for this area (a record's `organization`, else its
   * speech's): a record links by name only when its organization is listed here.
   */
  organizations: z
    .array(text('organizations', '*区委常委会'))
    .min(1, '“organizations”至少写一个机构名 / "organizations" needs at least one name'),
  /** The unit figures are compared in; records in another unit of the same base (万元 for 亿元) are converted. */
  unit: z.enum(unitNames, {
    error: (issue) =>
      `未知单位“${String(issue.input)}”。可用单位：${unitNames.join('、')} / unknown unit "${String(issue.input)}": use one listed in src/lib/numbers/units.ts`,
  }),
  /** `higher` (生产总值) or `lower` (失业率) is better; decides the status of exact and 左右 targets. */
  direction: z
    .enum(['higher', 'lower'], {
      error: '“direction”只能是 higher（越高越好）或 lower（越低越好） / "direction" must be higher or lower',
    })
    .default('higher'),
  /** Staff note, not published. */
  note: z.string().optional(),
});

/** The whole of content/indicators.yaml: ids unique, and no name claimed twice for one organization. */
export const IndicatorsFileSchema = z.array(IndicatorSchema).superRefine((indicators, context) => {
  const seen = new Set<string>();
  indicators.forEach((indicator, index) => {
    if (seen.has(indicator.id)) {
      context.addIssue({
        code: 'custom',
        path: [index, 'id'],
        message: `指标 id “${indicator.id}”重复：每个 id 只能用一次 / duplicate indicator id "${indicator.id}"`,
      });
    }
    seen.add(indicator.id);
  });
});

export type Indicator = z.output<typeof IndicatorSchema>;
export type IndicatorInput = z.input<typeof IndicatorSchema>;
