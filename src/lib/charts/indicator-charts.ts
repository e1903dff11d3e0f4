import { UNITS, type Unit } from '../numbers/units';
import type { IndicatorSummary } from '../indicators/scorecard';
import { STRENGTH_ORDER, STRENGTHS, type Strength } from '../schemas/target';
import { STATUSES } from '../targets/status';
import { comparePeriods, formatPeriod } from '../targets/track';
import { displayRedactions } from '../text/redaction';

/** One mark of an indicator chart: a target or an actual, with the link that proves it. */
export interface IndicatorChartPoint {
  /** Index into `periods`. */
  period: number;
  /** In the chart's unit; for a range (3-5个) the lower end, with `upper` the upper. */
  value: number;
  upper: number | null;
  /** As written beside the mark: 突破800亿元, 3-5个, 802.3亿元. */
  stated: string;
  /** The sentence (/speeches/<slug>/#p-12-s3) or the data row (/indicators/<id>/#data-…). */
  href: string;
}

/** A series of marks drawn alike: the actuals, or the targets of one strength. */
export interface IndicatorChartSeries {
  /** `actual`, `actual-other` (a speech's figure the data file contradicts), or a strength. */
  key: 'actual' | 'actual-other' | Strength;
  label: string;
  points: IndicatorChartPoint[];
}

/** Everything `<indicator-chart>` needs, serialized into the page. One indicator only. */
export interface IndicatorChartData {
  id: string;
  indicatorId: string;
  caption: string;
  unit: Unit;
  /** Period codes across the axis, oldest first (whole years without gaps), and their labels (2022年). */
  periods: string[];
  periodLabels: string[];
  series: IndicatorChartSeries[];
}

/** What a lone figure shows instead of a one-mark chart. */
export interface FigureCard {
  stated: string;
  /** 确保 · 计划 …, or 实绩. */
  kind: string;
  period: string;
  /** Status label and reason, for a target. */
  status: string | null;
  reason: string | null;
  href: string;
}

export type IndicatorFigure =
  { type: 'chart'; chart: IndicatorChartData } | { type: 'card'; card: FigureCard } | { type: 'none' };

/**
 * The figure of one indicator: its numeric actuals and targets across periods, in the
 * indicator's unit (亿元 records and 万元 rows converted). Actuals form a line — a data file's
 * figure where there is one, the speech's otherwise, and a speech's figure the data contradicts
 * as separate hollow marks; targets are marks by strength. With marks in a single period there
 * is nothing to read across time, so the figure is a card. Masked figures have no mark (they
 * stay in the table).
 */
export function buildIndicatorFigure(summary: IndicatorSummary): IndicatorFigure {
  const unit = summary.indicator.unit;
  const toUnit = (value: number, from: Unit) =>
    Number(((value * UNITS[from].factor) / UNITS[unit].factor).toPrecision(12));
  const marks: {
    key: IndicatorChartSeries['key'];
    period: string;
    value: number;
    upper: number | null;
    stated: string;
    href: string;
  }[] = [];

  const chosen = new Map<string, string>();
  for (const actual of summary.actuals) {
    if (actual.value === null || UNITS[actual.unit].base !== UNITS[unit].base) continue;
    // summary.actuals lists a period's data rows first, then the newest speech.
    const first = !chosen.has(actual.period);
    if (first) chosen.set(actual.period, actual.id);
    marks.push({
      key: first ? 'actual' : 'actual-other',
      period: actual.period,
      value: toUnit(actual.value, actual.unit),
      upper: null,
      stated: actual.stated,
      href: actual.href,
    });
  }
  // Another figure equal to the chosen one says nothing new: its source is in the table.
  const distinct = marks.filter(
    (mark) =>
      mark.key !== 'actual-other' ||
      !marks.some((m) => m.key === 'actual' && m.period === mark.period && m.value === mark.value),
  );
  for (const evaluation of summary.evaluations) {
    const target = evaluation.target;
    if (target.value === null || target.strength === null || UNITS[target.unit].base !== UNITS[unit].base) continue;
    distinct.push({
      key: target.strength,
      period: target.period,
      value: toUnit(target.value, target.unit),
      upper: target.upper === null ? null : toUnit(target.upper, target.unit),
      stated: target.stated,
      href: target.path,
    });
  }
  if (distinct.length === 0) return { type: 'none' };
  const stated = [...new Set(distinct.map((mark) => mark.period))].sort(comparePeriods);
  if (stated.length === 1 && distinct.length === 1) return { type: 'card', card: figureCard(summary) };
  // Whole years are spaced as time is: 2021, 2022, 2025 get 2023 and 2024 between them, empty.
  const periods = stated.every((period) => /^\d{4}$/.test(period))
    ? Array.from({ length: Number(stated.at(-1)) - Number(stated[0]) + 1 }, (_, i) => String(Number(stated[0]) + i))
    : stated;

  const order: IndicatorChartSeries['key'][] = ['actual', 'actual-other', ...STRENGTH_ORDER];
  const series = order
    .map((key): IndicatorChartSeries => ({
      key,
      label:
        key === 'actual'
          ? '实绩'
          : key === 'actual-other'
            ? '讲话中的实绩（与统计数据不同）'
            : `目标（${STRENGTHS[key]}）`,
      points: distinct
        .filter((mark) => mark.key === key)
        .map(({ period, value, upper, stated, href }) => ({
          period: periods.indexOf(period),
          value,
          upper,
          stated,
          href,
        }))
        .sort((a, b) => a.period - b.period),
    }))
    .filter((entry) => entry.points.length > 0);
  return {
    type: 'chart',
    chart: {
      id: `indicator-${summary.indicator.id}`,
      indicatorId: summary.indicator.id,
      // The caption is the site's chrome: a masked area (*区) reads as （原文隐去）区 there.
      caption: displayRedactions(`${summary.indicator.name}（${summary.indicator.area}，单位：${unit}）`),
      unit,
      periods,
      periodLabels: periods.map(formatPeriod),
      series,
    },
  };
}

function figureCard(summary: IndicatorSummary): FigureCard {
  const evaluation = summary.evaluations.find((e) => e.target.value !== null);
  if (evaluation) {
    const { target } = evaluation;
    return {
      stated: target.stated,
      kind: target.strength === null ? '目标' : `目标 · ${STRENGTHS[target.strength]}`,
      period: formatPeriod(target.period),
      status: STATUSES[evaluation.status],
      reason: evaluation.reason,
      href: target.path,
    };
  }
  const actual = summary.actuals.find((a) => a.value !== null)!;
  return {
    stated: actual.stated,
    kind: '实绩',
    period: formatPeriod(actual.period),
    status: null,
    reason: null,
    href: actual.href,
  };
}
