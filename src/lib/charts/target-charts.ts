import { STRENGTHS } from '../schemas/target';
import type { PublishedTarget } from '../targets/publish';
import { comparePeriods, normalizeIndicator } from '../targets/track';
import { compareCodes } from '../text/compare';

/** One bar row: an indicator in one period, with its target and its actual side by side. */
export interface ChartRow {
  /** Two label lines: the indicator, then whose actual it is (or the period, when the speech does not say). */
  label: [string, string];
  /** In the chart's unit; a range (3-5个) is a floating bar `[3, 5]`; null when there is none. */
  target: number | [number, number] | null;
  actual: number | null;
  /** The figures as written, for tooltips and the table: `93%以上`. */
  targetStated: string | null;
  actualStated: string | null;
  /** Sentence links of the target and the actual. */
  targetHref: string | null;
  actualHref: string | null;
}

/** Everything `<target-chart>` needs, serialized as JSON into the page. */
export interface TargetChartData {
  id: string;
  caption: string;
  /** The unit every value of the chart is expressed in. */
  unit: string;
  rows: ChartRow[];
}

/** A chart with the records behind it: its table lists all of them, masked figures included. */
export interface TargetChartGroup {
  chart: TargetChartData;
  records: PublishedTarget[];
}

/** `目标 12 项、实绩 3 项（2 项数字原文隐去）`. */
export function describeCount(records: readonly PublishedTarget[]): string {
  const targets = records.filter((r) => r.kind === 'target').length;
  const actuals = records.length - targets;
  const masked = records.filter((r) => r.value === null).length;
  const parts = [targets > 0 ? `目标 ${targets} 项` : '', actuals > 0 ? `实绩 ${actuals} 项` : ''].filter(Boolean);
  return `${parts.join('、')}${masked > 0 ? `（其中 ${masked} 项数字原文隐去，只列于表中）` : ''}`;
}

/** Reader-facing description of how firm a target is: `力争`; actuals read `实绩`. */
export function describeStrength(target: Pick<PublishedTarget, 'kind' | 'strength'>): string {
  return target.kind === 'actual' || target.strength === null ? '实绩' : STRENGTHS[target.strength];
}

/**
 * The order of a chart's rows and of its table: indicators in the order they first appear (so a
 * speech's chart reads like the speech), the same indicator of different organizations together,
 * and inside one series the periods forwards.
 */
export function sortForChart(records: readonly PublishedTarget[]): PublishedTarget[] {
  const indicatorOrder = new Map<string, number>();
  const seriesOrder = new Map<string, number>();
  for (const record of records) {
    const indicator = normalizeIndicator(record.indicator);
    if (!indicatorOrder.has(indicator)) indicatorOrder.set(indicator, indicatorOrder.size);
    const series = `${indicator}|${record.organization}`;
    if (!seriesOrder.has(series)) seriesOrder.set(series, seriesOrder.size);
  }
  const rank = (record: PublishedTarget) => {
    const indicator = normalizeIndicator(record.indicator);
    return [indicatorOrder.get(indicator)!, seriesOrder.get(`${indicator}|${record.organization}`)!] as const;
  };
  return [...records].sort((a, b) => {
    const [ia, sa] = rank(a);
    const [ib, sb] = rank(b);
    return (
      ia - ib ||
      sa - sb ||
      comparePeriods(a.period, b.period) ||
      compareCodes(a.speechDate.iso, b.speechDate.iso) ||
      (a.kind === b.kind ? 0 : a.kind === 'actual' ? -1 : 1)
    );
  });
}
