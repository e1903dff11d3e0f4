import { z } from 'zod';
import { UNITS } from '../numbers/units';
import { INDICATOR_ID_PATTERN } from './indicator';
import { PERIOD_PATTERN } from './target';

const unitNames = Object.keys(UNITS) as [keyof typeof UNITS, ...(keyof typeof UNITS)[]];

const text = (field: string, example: string) =>
  z
    .string({ error: `请填写 ${field}，例如 ${example} / "${field}" is required, e.g. ${example}` })
    .trim()
    .min(1, `请填写 ${field}，例如 ${example} / "${field}" is required, e.g. ${example}`);

/**
 * One line of a data file `content/data/*.csv`: a published statistic, as staff export it from a
 * spreadsheet. Column headers may be these codes or the Chinese names in ACTUAL_COLUMN_NAMES.
 */
export const ActualRowSchema = z.object({
  /** Id of the indicator in content/indicators.yaml: qu-gdp. */
  indicator: z
    .string({ error: '请填写 indicator（content/indicators.yaml 中的 id） / "indicator" is required' })
    .regex(
      INDICATOR_ID_PATTERN,
      'indicator 应为 content/indicators.yaml 中某个指标的 id，如 qu-gdp / "indicator" must be an indicator id such as qu-gdp',
    ),
  /** The area as the source names it; must be the indicator's area, a check that the right row was copied. */
  area: text('area', '*区（含高新区）'),
  /** The period the figure is of: 2024, 2024-H2, 2022-Q1 or 2024-08. */
  period: z
    .string({ error: '请填写 period / "period" is required' })
    .regex(
      PERIOD_PATTERN,
      'period 应写成 2024、2024-H2、2022-Q1 或 2024-08 / "period" must look like 2024, 2024-H2, 2022-Q1 or 2024-08',
    ),
  /** The figure, in `unit`: digits with an optional decimal point; thousands separators are removed. */
  value: z
    .string({ error: '请填写 value / "value" is required' })
    .transform((raw) => raw.trim().replace(/,/g, ''))
    .pipe(
      z
        .string()
        .regex(
          /^-?\d+(?:\.\d+)?$/,
          'value 必须是数字，如 802.3（不要带单位；统计数据中不能有隐去的数字） / "value" must be a number such as 802.3, without its unit',
        )
        .transform(Number),
    ),
  /** The unit of `value`, as the source states it. */
  unit: z.enum(unitNames, {
    error: (issue) =>
      `未知单位“${String(issue.input)}”。可用单位：${unitNames.join('、')} / unknown unit "${String(issue.input)}"`,
  }),
  /** Title of the publication the figure comes from: 2023年*区国民经济和社会发展统计公报. */
  source_title: text('source_title', '2023年*区国民经济和社会发展统计公报'),
  /** Where readers can check it. */
  source_url: z
    .string({ error: '请填写 source_url / "source_url" is required' })
    .trim()
    .regex(
      /^https?:\/\/\S+$/,
      'source_url 必须是以 http:// 或 https:// 开头的网址 / "source_url" must be an http(s) URL',
    ),
  /** The day the source published it, YYYY-MM-DD. */
  release_date: z
    .string({ error: '请填写 release_date / "release_date" is required' })
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'release_date 应写成 2024-03-15 / "release_date" must look like 2024-03-15'),
});

export type ActualRowData = z.output<typeof ActualRowSchema>;

/** Chinese column headers staff may use instead of the codes. */
export const ACTUAL_COLUMN_NAMES: Record<string, keyof ActualRowData> = {
  指标: 'indicator',
  指标id: 'indicator',
  地区: 'area',
  机构: 'area',
  时期: 'period',
  数值: 'value',
  单位: 'unit',
  来源: 'source_title',
  来源标题: 'source_title',
  来源网址: 'source_url',
  发布日期: 'release_date',
};
