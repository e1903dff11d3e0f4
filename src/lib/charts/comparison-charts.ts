import { UNITS, type Unit } from '../numbers/units';
import type { Comparison } from '../schemas/comparison';
import type { PublishedTarget } from '../targets/publish';
import { formatPeriod } from '../targets/track';
import { displayRedactions } from '../text/redaction';
import type { ChartRow, TargetChartGroup } from './target-charts';

/** A declared comparison ready to draw: the bar chart of <target-chart> and what it compares. */
export interface ComparisonChart extends TargetChartGroup {
  comparison: Comparison;
  /** `comparison-<id>`: the figure's anchor. */
  anchor: string;
  /** Record ids of each declared row (target first), in order: what the build test holds the chart to. */
  declared: string[][];
}

/**
 * The chart of one entry of content/comparisons.yaml, from its speech's published records
 * (`records`, any order): one bar row per declared row — the target with its first actual
 * beside it — and a row of its own for each further actual (another area's figure). Returns
 * null when a declared record is not published (a draft, or its speech unpublished), so the
 * site never draws half a comparison; `npm run check` has already refused unknown ids.
 */
export function buildComparisonChart(
  comparison: Comparison,
  records: readonly PublishedTarget[],
): ComparisonChart | null {
  const byId = new Map(records.filter((r) => r.speech === comparison.speech).map((record) => [record.id, record]));
  const declared = comparison.rows.map((row) => [row.target, ...row.actuals]);
  const resolved = declared.map((ids) => ids.map((id) => byId.get(id)));
  if (resolved.some((ids) => ids.some((record) => record === undefined))) return null;
  const rowsOfRecords = resolved as PublishedTarget[][];
  const unit = rowsOfRecords[0]![0]!.unit;
  const toUnit = (record: PublishedTarget, value: number) =>
    Number(((value * UNITS[record.unit].factor) / UNITS[unit].factor).toPrecision(12));
  const whose = (record: PublishedTarget) =>
    record.namesOrganization ? `实绩：${displayRedactions(record.organization)}` : `${formatPeriod(record.period)}实绩`;

  const rows: ChartRow[] = rowsOfRecords.flatMap(([target, ...actuals]) => {
    const first = actuals[0];
    const name = displayRedactions(target!.indicator);
    const paired: ChartRow = {
      label: [name, first ? whose(first) : `${formatPeriod(target!.period)}目标`],
      target: goalValue(target!, toUnit),
      actual: first === undefined || first.value === null ? null : toUnit(first, first.value),
      targetStated: target!.stated,
      actualStated: first?.stated ?? null,
      targetHref: target!.path,
      actualHref: first?.path ?? null,
    };
    const more = actuals.slice(1).map((actual): ChartRow => ({
      label: [name, whose(actual)],
      target: null,
      actual: actual.value === null ? null : toUnit(actual, actual.value),
      targetStated: null,
      actualStated: actual.stated,
      targetHref: null,
      actualHref: actual.path,
    }));
    return [paired, ...more];
  });
  const anchor = `comparison-${comparison.id}`;
  return {
    comparison,
    anchor,
    declared,
    records: rowsOfRecords.flat(),
    chart: { id: anchor, caption: `${comparison.title}（单位：${unit}）`, unit: unit satisfies Unit, rows },
  };
}

function goalValue(
  target: PublishedTarget,
  toUnit: (record: PublishedTarget, value: number) => number,
): ChartRow['target'] {
  if (target.value === null) return null;
  const low = toUnit(target, target.value);
  return target.upper === null ? low : [low, toUnit(target, target.upper)];
}
