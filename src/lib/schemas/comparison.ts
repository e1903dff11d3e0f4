import { z } from 'zod';
import { INDICATOR_ID_PATTERN } from './indicator';

const recordId = (field: string) =>
  z
    .string({
      error: `“${field}”应为目标记录的 id，例如 p-16-s1/11% / "${field}" must be a record id, e.g. p-16-s1/11%`,
    })
    .min(1, `“${field}”不能为空 / "${field}" may not be empty`);

/** One row of a comparison: a target, with the actuals a reader should see beside it. */
export const ComparisonRowSchema = z.object({
  /** Id of a target record (kind: target) in the speech's content/targets/<speech>.yaml. */
  target: recordId('target'),
  /** Ids of actual records (kind: actual) of the same speech, drawn beside the target: last year's figure. */
  actuals: z.array(recordId('actuals')).default([]),
});

/**
 * One entry of `content/comparisons.yaml`: a chart that puts several indicators on one axis on
 * purpose — a report's growth-rate goals, each with last year's actual beside it. Every other
 * chart of the site shows one indicator; this one exists only because a person declared it.
 */
export const ComparisonSchema = z.object({
  /** Anchor and chart id (`comparison-<id>`): lower-case ASCII words joined by hyphens. */
  id: z
    .string({ error: '每个对比都要有“id” / every comparison needs an "id"' })
    .regex(
      INDICATOR_ID_PATTERN,
      '“id”只能用小写字母、数字和连字符，例如 2022-growth-goals / "id" may only use a-z, 0-9 and hyphens',
    ),
  /** The caption readers see: 2022年增速目标与2021年实绩. */
  title: z
    .string({ error: '请填写“title” / "title" is required' })
    .trim()
    .min(1, '“title”不能为空 / "title" may not be empty'),
  /** Slug of the speech whose figures it compares; every record below is one of its records. */
  speech: z.string({ error: '请填写“speech”（讲话的网址标识） / "speech" is required' }).min(1),
  /** What a reader must know to read it fairly (targets and actuals of different areas …); printed under the chart. */
  note: z.string().trim().optional(),
  /** The indicators, in the order the speech lists them. */
  rows: z.array(ComparisonRowSchema).min(2, '对比至少要有两行（两个指标） / a comparison needs at least two rows'),
});
export type Comparison = z.output<typeof ComparisonSchema>;

/** The whole of content/comparisons.yaml: ids unique. */
export const ComparisonsFileSchema = z.array(ComparisonSchema).superRefine((comparisons, context) => {
  const seen = new Set<string>();
  comparisons.forEach((comparison, index) => {
    if (seen.has(comparison.id))
      context.addIssue({
        code: 'custom',
        path: [index, 'id'],
        message: `“id” ${comparison.id} 重复了 / duplicate id ${comparison.id}`,
      });
    seen.add(comparison.id);
  });
});
