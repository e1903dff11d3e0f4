import type { Indicator } from '../schemas/indicator';
import { DIRECTIONS } from '../schemas/indicator';
import { BOUNDS, KINDS, STRENGTHS, TARGET_CLASSES } from '../schemas/target';
import { REVISIONS } from '../indicators/revisions';
import { indicatorFeedPath } from '../pages/urls';
import type { IndicatorSummary, TargetEvaluation } from '../indicators/scorecard';
import type { PublishedTarget } from './publish';
import { STATUSES } from './status';

/** One record of /data/targets.json and one line of /data/targets.csv. */
export interface TargetDataRow {
  speech: string;
  speech_title: string;
  speech_date: string;
  organization: string;
  indicator: string;
  /** As stated in `unit`; null when the speech masks the figure. */
  value: number | null;
  /** Upper end of a range (3-5个); null otherwise. */
  upper: number | null;
  unit: string;
  /** The figure as written: 93%以上. */
  stated: string;
  bound: string;
  kind: string;
  period: string;
  /** Null for actuals. */
  strength: string | null;
  quote: string;
  /** Absolute URL of the sentence that states it. */
  url: string;
  themes: string[];
  reviewed: boolean;
  /** Chinese labels of `bound`, `kind` and `strength`, beside the codes. */
  bound_label: string;
  kind_label: string;
  strength_label: string | null;
  /** The indicator of content/indicators.yaml it links to; null when none. */
  indicator_id: string | null;
  /** For targets: met, nearly, missed, in-progress, awaiting or unknown; null for actuals. */
  status: string | null;
  status_label: string | null;
  /** Why: 目标 9%以上，实绩 9.6%，不低于目标. */
  status_reason: string | null;
  /** The actual the status was judged against, in `actual_unit`; null when there is none. */
  actual_value: number | null;
  actual_unit: string | null;
  actual_stated: string | null;
  /** `data` (a data file, which wins) or `speech`. */
  actual_source: string | null;
  actual_source_title: string | null;
  /** The sentence or the data row's published source. */
  actual_url: string | null;
  /** Actual as a percentage of the target, for amounts. */
  completion: number | null;
  /** anticipatory or obligatory when the speech lists the target as 预期性 or 约束性; null otherwise. */
  target_class: string | null;
  target_class_label: string | null;
  /** raised, lowered, restated or repeated: against the same organization's latest earlier target; else null. */
  revision: string | null;
  revision_label: string | null;
  /** Slug of the later speech that restated other targets of the period but not this one; else null. */
  dropped_in: string | null;
  /** The record's id in content/targets/<speech>.yaml (p-16-s1/11%); with `speech`, it names the record. */
  record_id: string;
}

/** Column order of the CSV; also the key order of the JSON records. */
export const TARGET_DATA_FIELDS = [
  'speech',
  'speech_title',
  'speech_date',
  'organization',
  'indicator',
  'value',
  'upper',
  'unit',
  'stated',
  'bound',
  'kind',
  'period',
  'strength',
  'quote',
  'url',
  'themes',
  'reviewed',
  'bound_label',
  'kind_label',
  'strength_label',
  'indicator_id',
  'status',
  'status_label',
  'status_reason',
  'actual_value',
  'actual_unit',
  'actual_stated',
  'actual_source',
  'actual_source_title',
  'actual_url',
  'completion',
  'target_class',
  'target_class_label',
  'revision',
  'revision_label',
  'dropped_in',
  'record_id',
] as const satisfies readonly (keyof TargetDataRow)[];

/**
 * Open-data rows; `site` is the public origin, so URLs work outside the site. `evaluations`
 * (the scorecard's) give targets their status and actual, and every record its indicator.
 */
export function toTargetDataRows(
  targets: readonly PublishedTarget[],
  site: URL | string,
  scorecard: { evaluations: readonly TargetEvaluation[]; indicators: readonly IndicatorSummary[] } = {
    evaluations: [],
    indicators: [],
  },
): TargetDataRow[] {
  const byTarget = new Map(scorecard.evaluations.map((evaluation) => [evaluation.target, evaluation]));
  const indicatorOf = new Map<PublishedTarget, string>();
  for (const summary of scorecard.indicators)
    for (const statement of summary.statements) indicatorOf.set(statement, summary.indicator.id);
  return targets.map((target) => {
    const evaluation = byTarget.get(target);
    const actual = evaluation?.actual ?? null;
    return {
      speech: target.speech,
      speech_title: target.speechTitle,
      speech_date: target.speechDate.iso,
      organization: target.organization,
      indicator: target.indicator,
      value: target.value,
      upper: target.upper,
      unit: target.unit,
      stated: target.stated,
      bound: target.bound,
      kind: target.kind,
      period: target.period,
      strength: target.strength,
      quote: target.quote,
      url: new URL(target.path, site).href,
      themes: target.themes,
      reviewed: target.reviewed,
      bound_label: BOUNDS[target.bound] || '确数',
      kind_label: KINDS[target.kind],
      strength_label: target.strength === null ? null : STRENGTHS[target.strength],
      indicator_id: indicatorOf.get(target) ?? null,
      status: evaluation?.status ?? null,
      status_label: evaluation ? STATUSES[evaluation.status] : null,
      status_reason: evaluation?.reason ?? null,
      actual_value: actual?.value ?? null,
      actual_unit: actual?.unit ?? null,
      actual_stated: actual?.stated ?? null,
      actual_source: actual?.source ?? null,
      actual_source_title: actual?.sourceTitle ?? null,
      actual_url: actual === null ? null : (actual.sourceUrl ?? new URL(actual.href, site).href),
      completion: evaluation?.completion ?? null,
      target_class: target.targetClass ?? null,
      target_class_label: target.targetClass === undefined ? null : TARGET_CLASSES[target.targetClass],
      revision: evaluation?.revision?.kind ?? null,
      revision_label: evaluation?.revision ? REVISIONS[evaluation.revision.kind] : null,
      dropped_in: evaluation?.dropped?.speech ?? null,
      record_id: target.id,
    };
  });
}

/** One record of /data/indicators.json. */
export interface IndicatorDataRow {
  id: string;
  name: string;
  aliases: string[];
  area: string;
  organizations: string[];
  unit: string;
  direction: string;
  direction_label: string;
  url: string;
  /** Absolute URL of its RSS feed. */
  feed: string;
  /** Ids of the target records (`speech#id`) linked to it. */
  statements: string[];
  /** Its actuals, data-file rows and speech figures, oldest period first. */
  actuals: {
    period: string;
    value: number | null;
    unit: string;
    stated: string;
    source: string;
    source_title: string;
    url: string;
    date: string;
  }[];
}

/** `/data/indicators.json`: the indicators with their actuals and the records that state them. */
export function toIndicatorDataRows(summaries: readonly IndicatorSummary[], site: URL | string): IndicatorDataRow[] {
  return summaries.map(({ indicator, path, statements, actuals }) => ({
    ...indicatorFields(indicator),
    url: new URL(path, site).href,
    feed: new URL(indicatorFeedPath(indicator.id), site).href,
    statements: statements.map((statement) => `${statement.speech}#${statement.id}`),
    actuals: actuals.map((actual) => ({
      period: actual.period,
      value: actual.value,
      unit: actual.unit,
      stated: actual.stated,
      source: actual.source,
      source_title: actual.sourceTitle,
      url: actual.sourceUrl ?? new URL(actual.href, site).href,
      date: actual.date,
    })),
  }));
}

function indicatorFields(indicator: Indicator) {
  return {
    id: indicator.id,
    name: indicator.name,
    aliases: indicator.aliases,
    area: indicator.area,
    organizations: indicator.organizations,
    unit: indicator.unit,
    direction: indicator.direction,
    direction_label: DIRECTIONS[indicator.direction],
  };
}

// Excel reads a UTF-8 CSV as the local code page unless it starts with a byte-order mark.
const BOM = '\uFEFF';

/**
 * RFC 4180 CSV with a header line, CRLF line ends and a BOM. Text fields are always quoted
 * (numbers, booleans and empty fields are not), so a field that merely looks like a number or
 * holds a comma reads back as written; themes are joined with `;`; null is an empty field, so
 * a masked value reads as blank, never as 0.
 */
export function formatTargetsCsv(rows: readonly TargetDataRow[]): string {
  const lines = [TARGET_DATA_FIELDS.join(',')];
  for (const row of rows) lines.push(TARGET_DATA_FIELDS.map((field) => formatCsvField(row[field])).join(','));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

function formatCsvField(value: TargetDataRow[keyof TargetDataRow]): string {
  if (value === null) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const text = Array.isArray(value) ? value.join(';') : value;
  return `"${text.replace(/"/g, '""')}"`;
}
