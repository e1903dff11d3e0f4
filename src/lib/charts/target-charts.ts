import { UNITS, type Unit } from '../numbers/units';
import { STRENGTHS } from '../schemas/target';
import type { PublishedTarget } from '../targets/publish';
import { comparePeriods, formatPeriod, normalizeIndicator } from '../targets/track';
import { compareChinese, compareCodes } from '../text/compare';
import { displayRedactions } from '../text/redaction';

/** One bar row: an indicator in one period, with its target and its actual side by side. */
export interface ChartRow {
  /** Two label lines: the indicator, then the period (and whose figure, when not the speaker's). */
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

/**
 * Shapes targets into horizontal-bar charts, one per unit: bars of different units cannot share
 * an axis. Units with the same base (亿元, 万元) share a chart in the unit most of its records
 * use. A series stated for several periods (今年 30亿元, 明年 55亿元, 后年 100亿元) becomes
 * consecutive rows of one indicator in time order; a target and an actual of the same indicator
 * and period share a row. Masked figures have no bar, only a table row.
 */
export function buildTargetCharts(
  targets: readonly PublishedTarget[],
  options: { idPrefix: string; captionPrefix: string },
): TargetChartGroup[] {
  const byBase = new Map<string, PublishedTarget[]>();
  for (const target of targets) {
    const base = UNITS[target.unit].base;
    byBase.set(base, [...(byBase.get(base) ?? []), target]);
  }
  const groups: TargetChartGroup[] = [];
  for (const [base, unsorted] of byBase) {
    const records = sortForChart(unsorted);
    const unit = chooseDisplayUnit(records);
    const rows = buildRows(records, unit);
    groups.push({
      records,
      chart: {
        id: `${options.idPrefix}-${unitSlug(base)}`,
        caption: `${options.captionPrefix}（单位：${unit}）：${describeCount(records)}`,
        unit,
        rows,
      },
    });
  }
  // Charts with most rows first: the figures a reader most likely came for.
  return groups.sort((a, b) => b.records.length - a.records.length || compareChinese(a.chart.unit, b.chart.unit));
}

/** The group of figures whose words name none of the themes: mostly overall economic indicators. */
export const OTHER_THEME_NAME = '其他（综合指标等）';

/** Targets grouped by theme in the site's theme order, then those without a theme. */
export function groupByTheme(
  targets: readonly PublishedTarget[],
  themes: readonly { slug: string; name: string }[],
): { slug: string | null; name: string; targets: PublishedTarget[] }[] {
  const groups: { slug: string | null; name: string; targets: PublishedTarget[] }[] = themes
    .map((theme) => ({
      slug: theme.slug,
      name: theme.name,
      targets: targets.filter((t) => t.themes.includes(theme.slug)),
    }))
    .filter((group) => group.targets.length > 0);
  const known = new Set(themes.map((theme) => theme.slug));
  const other = targets.filter((t) => !t.themes.some((slug) => known.has(slug)));
  if (other.length > 0) groups.push({ slug: null, name: OTHER_THEME_NAME, targets: other });
  return groups;
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

function buildRows(records: readonly PublishedTarget[], unit: Unit): ChartRow[] {
  const factor = UNITS[unit].factor;
  const toUnit = (target: PublishedTarget, value: number) =>
    Number(((value * UNITS[target.unit].factor) / factor).toPrecision(12));
  // Insertion order is row order: `records` arrive sorted by `sortForChart`.
  const rows = new Map<string, ChartRow>();
  for (const record of records) {
    if (record.value === null) continue;
    const key = `${normalizeIndicator(record.indicator)}|${record.organization}|${record.period}`;
    // Axis labels are the site's chrome: a masked body (**市委) reads as （原文隐去）市委 there.
    const period = `${formatPeriod(record.period)}${record.namesOrganization ? ` · ${displayRedactions(record.organization)}` : ''}`;
    const value = toUnit(record, record.value);
    const slot = record.kind === 'target' ? 'target' : 'actual';
    let row = rows.get(key);
    if (row && row[slot] !== null) {
      // A second figure for the same indicator and period (restated, or stated twice) gets its own row.
      row = undefined;
    }
    if (!row) {
      row = {
        label: [displayRedactions(record.indicator), period],
        target: null,
        actual: null,
        targetStated: null,
        actualStated: null,
        targetHref: null,
        actualHref: null,
      };
      rows.set(rows.has(key) ? `${key}|${record.id}` : key, row);
    }
    if (slot === 'target') {
      row.target = record.upper === null ? value : [value, toUnit(record, record.upper)];
      row.targetStated = record.stated;
      row.targetHref = record.path;
    } else {
      row.actual = value;
      row.actualStated = record.stated;
      row.actualHref = record.path;
    }
  }
  return [...rows.values()];
}

/** The stated unit most records of a chart use; on a tie, the larger one, so bars read in 亿元 rather than 元. */
function chooseDisplayUnit(records: readonly PublishedTarget[]): Unit {
  const counts = new Map<Unit, number>();
  for (const record of records) if (record.value !== null) counts.set(record.unit, (counts.get(record.unit) ?? 0) + 1);
  if (counts.size === 0) return records[0]!.unit;
  return [...counts].sort((a, b) => b[1] - a[1] || UNITS[b[0]].factor - UNITS[a[0]].factor)[0]![0];
}

const UNIT_SLUGS: Record<string, string> = {
  元: 'yuan',
  '%': 'percent',
  个百分点: 'points',
  平方米: 'sqm',
  亩: 'mu',
  公里: 'km',
  人次: 'person-times',
  人: 'people',
  户: 'households',
  家: 'organizations',
  个: 'items',
  项: 'items-xiang',
  条: 'lines',
  所: 'schools',
  套: 'sets',
  座: 'sites',
  处: 'places',
  块: 'plaques',
  场: 'events',
  次: 'times',
  轮: 'rounds',
};

function unitSlug(base: string): string {
  return UNIT_SLUGS[base] ?? 'other';
}
