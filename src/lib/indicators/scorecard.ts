import { normalizeValue, UNITS, type Unit } from '../numbers/units';
import type { Indicator } from '../schemas/indicator';
import type { PublishedTarget } from '../targets/publish';
import { computeStatus, STATUS_ORDER, type StatusResult, type TargetStatus } from '../targets/status';
import { comparePeriods, normalizeIndicator } from '../targets/track';
import type { ActualRow } from './actuals-csv';
import { indicatorPath } from '../pages/urls';
import { linkIndicator } from './link-indicators';
import { reviseTargets, type Dropped, type Revision } from './revisions';

/** An actual figure of an indicator, from a speech or from a data file. */
export interface IndicatorActual {
  /** The record id, or `file:line` of the data row. */
  id: string;
  source: 'speech' | 'data';
  period: string;
  /** In `unit`; null when the speech masks it. */
  value: number | null;
  unit: Unit;
  /** As written (接近700亿元), or value and unit for a data row. */
  stated: string;
  /** Where a reader checks it: the sentence, or the data row on the indicator's page. */
  href: string;
  /** The speech's title or the publication's. */
  sourceTitle: string;
  /** The publication's URL, for data rows. */
  sourceUrl: string | null;
  /** The speech's date or the day the data was released (ISO). */
  date: string;
}

/** One target with what became of it. */
export interface TargetEvaluation extends StatusResult {
  target: PublishedTarget;
  indicator: Indicator | null;
  /** The actual it was judged against: a data row when there is one, else the latest speech's figure. */
  actual: IndicatorActual | null;
  /** Actuals of the same period that state another figure than the one used; shown beside it. */
  conflicting: IndicatorActual[];
  /** How it compares with the same organization's latest earlier target for the period. */
  revision: Revision | null;
  /** The later speech that restated other targets of the period but not this one. */
  dropped: Dropped | null;
}

/** Everything one indicator's page shows. */
export interface IndicatorSummary {
  indicator: Indicator;
  path: string;
  /** Every record linked to it, targets and actuals, oldest period first. */
  statements: PublishedTarget[];
  /** Actuals from speeches and data files, oldest period first; in one period data rows first. */
  actuals: IndicatorActual[];
  /** Its targets with their status, oldest period first. */
  evaluations: TargetEvaluation[];
}

export interface Scorecard {
  indicators: IndicatorSummary[];
  /** Every published target (not actual), in the order of `targets`. */
  evaluations: TargetEvaluation[];
  /** How many targets have each status, in STATUS_ORDER, zeros included. */
  counts: { status: TargetStatus; count: number }[];
}

/** Anchor of a data row on its indicator's page: `data-qu-2023-5` for line 5 of content/data/qu-2023.csv. */
export function dataRowAnchor(row: Pick<ActualRow, 'file' | 'line'>): string {
  const stem = (row.file.split('/').pop() ?? row.file).replace(/\.csv$/i, '');
  return `data-${stem}-${row.line}`;
}

/**
 * Links targets, actuals and data rows to their indicators and judges every target on `today`
 * (YYYY-MM-DD). Records that link to no indicator are still judged — without an actual, since
 * nothing says which figures are the same quantity — so they read 进行中, 待公布 or 无法判断.
 */
export function buildScorecard(input: {
  indicators: readonly Indicator[];
  targets: readonly PublishedTarget[];
  dataRows: readonly ActualRow[];
  today: string;
}): Scorecard {
  const { indicators, targets, dataRows, today } = input;
  const linked = new Map<PublishedTarget, Indicator>();
  for (const target of targets) {
    const link = linkIndicator(target, indicators);
    if (link.kind === 'linked') linked.set(target, link.indicator);
  }
  const summaries = new Map<string, IndicatorSummary>(
    indicators.map((indicator) => [
      indicator.id,
      { indicator, path: indicatorPath(indicator.id), statements: [], actuals: [], evaluations: [] },
    ]),
  );
  for (const [record, indicator] of linked) {
    const summary = summaries.get(indicator.id)!;
    summary.statements.push(record);
    if (record.kind === 'actual') summary.actuals.push(speechActual(record));
  }
  for (const row of dataRows) {
    const summary = summaries.get(row.indicator);
    if (summary) summary.actuals.push(dataActual(row, summary.path));
  }
  for (const summary of summaries.values()) {
    summary.statements.sort(byPeriodThenDate);
    summary.actuals.sort(
      (a, b) =>
        comparePeriods(a.period, b.period) ||
        (a.source === b.source ? 0 : a.source === 'data' ? -1 : 1) ||
        b.date.localeCompare(a.date),
    );
  }

  const revisions = reviseTargets(
    targets,
    (record) =>
      linked.get(record)?.id ??
      `name:${normalizeIndicator(record.indicator)}|${record.organization}|${UNITS[record.unit].base}`,
  );
  const evaluations = targets
    .filter((target) => target.kind === 'target')
    .map((target): TargetEvaluation => {
      const indicator = linked.get(target) ?? null;
      const summary = indicator ? summaries.get(indicator.id)! : null;
      const { actual, conflicting } = chooseActual(summary?.actuals ?? [], target.period);
      const status = computeStatus(target, actual, indicator?.direction ?? 'higher', today);
      const { revision, dropped } = revisions.get(target) ?? { revision: null, dropped: null };
      const evaluation = { ...status, target, indicator, actual, conflicting, revision, dropped };
      summary?.evaluations.push(evaluation);
      return evaluation;
    });
  for (const summary of summaries.values()) summary.evaluations.sort((a, b) => byPeriodThenDate(a.target, b.target));

  return {
    indicators: [...summaries.values()],
    evaluations,
    counts: STATUS_ORDER.map((status) => ({
      status,
      count: evaluations.filter((evaluation) => evaluation.status === status).length,
    })),
  };
}

/**
 * The actual of a period: the data file's when there is one (the latest release), else the
 * latest speech's. Every other figure of the period that differs from it is returned too, so
 * that a page shows the disagreement instead of hiding one side.
 */
export function chooseActual(
  actuals: readonly IndicatorActual[],
  period: string,
): { actual: IndicatorActual | null; conflicting: IndicatorActual[] } {
  const candidates = actuals.filter((actual) => actual.period === period);
  const ranked = [...candidates].sort(
    (a, b) => (a.source === b.source ? 0 : a.source === 'data' ? -1 : 1) || b.date.localeCompare(a.date),
  );
  const actual = ranked[0] ?? null;
  if (actual === null || actual.value === null) return { actual, conflicting: [] };
  const base = normalizeValue(actual.value, actual.unit).value;
  const conflicting = ranked
    .slice(1)
    .filter((other) => other.value !== null && normalizeValue(other.value, other.unit).value !== base);
  return { actual, conflicting };
}

function speechActual(record: PublishedTarget): IndicatorActual {
  return {
    id: record.id,
    source: 'speech',
    period: record.period,
    value: record.value,
    unit: record.unit,
    stated: record.stated,
    href: record.path,
    sourceTitle: record.speechTitle,
    sourceUrl: null,
    date: record.speechDate.iso,
  };
}

function dataActual(row: ActualRow, path: string): IndicatorActual {
  return {
    id: `${row.file}:${row.line}`,
    source: 'data',
    period: row.period,
    value: row.value,
    unit: row.unit,
    stated: `${row.value}${row.unit}`,
    href: `${path}#${dataRowAnchor(row)}`,
    sourceTitle: row.source_title,
    sourceUrl: row.source_url,
    date: row.release_date,
  };
}

function byPeriodThenDate(a: PublishedTarget, b: PublishedTarget): number {
  return comparePeriods(a.period, b.period) || a.speechDate.iso.localeCompare(b.speechDate.iso);
}
