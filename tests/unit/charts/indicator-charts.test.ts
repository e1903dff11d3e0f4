import { describe, expect, it } from 'vitest';
import { buildIndicatorFigure } from '@/lib/charts/indicator-charts';
import { buildScorecard } from '@/lib/indicators/scorecard';
import { selectPublishedTargets } from '@/lib/targets/publish';
import { GDP_2022_ROW, INDICATORS } from '../indicators/fixtures';
import { record, SPEECHES } from '../targets/fixtures';

const S003 = '2022-quwei-shijie-sici-quanhui';
const RECORDS = [
  record({
    id: 'a/700',
    speech: S003,
    indicator: '生产总值',
    value: 700,
    stated: '接近700亿元',
    bound: 'about',
    kind: 'actual',
    strength: null,
    period: '2021',
    quote: 'q',
    anchor: 'p-3-s1',
  }),
  record({
    id: 't/800',
    speech: S003,
    indicator: '生产总值',
    value: 800,
    stated: '800亿元',
    period: '2022',
    quote: 'q',
    anchor: 'p-20-s1',
  }),
  record({
    id: 't/1500',
    speech: S003,
    indicator: '生产总值',
    value: 1500,
    stated: '1500亿元',
    period: '2025',
    strength: 'striving',
    quote: 'q',
    anchor: 'p-20-s2',
  }),
  record({
    id: 'a/810',
    speech: S003,
    indicator: '生产总值',
    value: 8_100_000,
    unit: '万元',
    stated: '8100000万元',
    kind: 'actual',
    strength: null,
    period: '2022',
    quote: 'q',
    anchor: 'p-3-s2',
  }),
  record({
    id: 't/5.5',
    speech: S003,
    indicator: '城镇调查失业率',
    value: 5.5,
    unit: '%',
    stated: '5.5%以内',
    bound: 'at-most',
    quote: 'q',
    anchor: 'p-20-s4',
  }),
  record({
    id: 't/city',
    speech: '2024-08-21-gaoxinqu-gaozhiliang-tuijinhui',
    organization: '**市委、市政府',
    indicator: '生产总值',
    value: null,
    stated: '****亿元',
    period: '2025',
    strength: 'binding',
    quote: 'q',
    anchor: 'p-1-s1',
  }),
];
const TARGETS = selectPublishedTargets(RECORDS, SPEECHES, { includeDrafts: false });
const ROW = GDP_2022_ROW;
const summaries = buildScorecard({
  indicators: INDICATORS,
  targets: TARGETS,
  dataRows: [ROW],
  today: '2026-12-03',
}).indicators;
const summary = (id: string) => summaries.find((entry) => entry.indicator.id === id)!;

describe('buildIndicatorFigure', () => {
  it('draws one indicator across whole years, gaps included, with actuals and targets by strength', () => {
    const figure = buildIndicatorFigure(summary('qu-gdp'));
    expect(figure.type).toBe('chart');
    if (figure.type !== 'chart') return;
    expect(figure.chart.periodLabels).toEqual(['2021年', '2022年', '2023年', '2024年', '2025年']);
    expect(
      figure.chart.series.map((series) => [series.key, series.points.map((p) => [p.period, p.value, p.stated])]),
    ).toEqual([
      [
        'actual',
        [
          [0, 700, '接近700亿元'],
          [1, 802.3, '802.3亿元'],
        ],
      ],
      // A speech's 8100000万元 (810亿元) disagrees with the data file's 802.3亿元: drawn apart, in 亿元.
      ['actual-other', [[1, 810, '8100000万元']]],
      ['planned', [[1, 800, '800亿元']]],
      ['striving', [[4, 1500, '1500亿元']]],
    ]);
    expect(figure.chart.series[0]!.points[1]!.href).toBe('/indicators/qu-gdp/#data-qu-2');
  });

  it('shows a lone figure as a card with its status and reason', () => {
    expect(buildIndicatorFigure(summary('qu-surveyed-unemployment-rate'))).toEqual({
      type: 'card',
      card: {
        stated: '5.5%以内',
        kind: '目标 · 计划',
        period: '2022年',
        status: '待公布',
        reason: '目标 5.5%以内，目标期已结束，尚未见到实绩',
        href: '/speeches/2022-quwei-shijie-sici-quanhui/#p-20-s4',
      },
    });
  });

  it('draws nothing for an indicator whose figures are all masked', () => {
    expect(buildIndicatorFigure(summary('city-gdp'))).toEqual({ type: 'none' });
  });
});
