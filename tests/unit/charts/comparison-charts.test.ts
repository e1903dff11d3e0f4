import { describe, expect, it } from 'vitest';
import { buildComparisonChart } from '@/lib/charts/comparison-charts';
import { ComparisonsFileSchema } from '@/lib/schemas/comparison';
import { selectPublishedTargets } from '@/lib/targets/publish';
import { record, SPEECHES } from '../targets/fixtures';

const S003 = '2022-quwei-shijie-sici-quanhui';
// Records as in content/targets/2022-quwei-shijie-sici-quanhui.yaml (figures, quotes and areas
// copied from the seed), plus one unreviewed record.
const RECORDS = [
  record({
    id: 'p-16-s1/11%',
    speech: S003,
    indicator: '规模以上工业增加值增速',
    organization: '*区（含高新区）',
    value: 11,
    unit: '%',
    stated: '11%',
    quote: '规模以上工业增加值增长11%',
    anchor: 'p-16-s1',
  }),
  record({
    id: 'p-16-s1/7%',
    speech: S003,
    indicator: '一般公共预算收入增速',
    value: 7,
    unit: '%',
    stated: '7%',
    quote: '一般公共预算收入增长7%',
    anchor: 'p-16-s1',
  }),
  record({
    id: 'p-6-s3/11.6%',
    speech: S003,
    indicator: '规模以上工业增加值增速',
    organization: '*区（不含高新区）',
    value: 11.6,
    unit: '%',
    stated: '11.6%',
    kind: 'actual',
    strength: null,
    period: '2021',
    quote: '规上工业增加值增速11.6%',
    anchor: 'p-6-s3',
  }),
  record({
    id: 'p-6-s9/10.1%',
    speech: S003,
    indicator: '规模以上工业增加值增速',
    organization: '高新区',
    value: 10.1,
    unit: '%',
    stated: '10.1%',
    kind: 'actual',
    strength: null,
    period: '2021',
    quote: '规上工业增加值增速10.1%',
    anchor: 'p-6-s9',
  }),
  record({
    id: 'draft',
    speech: S003,
    indicator: '工业投资增速',
    value: 15,
    unit: '%',
    stated: '15%',
    quote: '其中工业投资15%',
    anchor: 'p-16-s1',
    reviewed: false,
  }),
];
const PUBLISHED = selectPublishedTargets(RECORDS, SPEECHES, { includeDrafts: false });
const [GROWTH] = ComparisonsFileSchema.parse([
  {
    id: 'growth',
    title: '2022年增速目标与2021年实绩',
    speech: S003,
    rows: [{ target: 'p-16-s1/11%', actuals: ['p-6-s3/11.6%', 'p-6-s9/10.1%'] }, { target: 'p-16-s1/7%' }],
  },
]);

describe('buildComparisonChart', () => {
  const chart = buildComparisonChart(GROWTH!, PUBLISHED)!;

  it('draws each declared target with its first actual beside it, and a further area’s actual as a row of its own', () => {
    expect(chart.chart.rows.map((row) => [row.label, row.target, row.actual])).toEqual([
      [['规模以上工业增加值增速', '实绩：（原文隐去）区（不含高新区）'], 11, 11.6],
      [['规模以上工业增加值增速', '实绩：高新区'], null, 10.1],
      [['一般公共预算收入增速', '2022年目标'], 7, null],
    ]);
    expect(chart.chart.rows[0]).toMatchObject({
      targetHref: `/speeches/${S003}/#p-16-s1`,
      actualHref: `/speeches/${S003}/#p-6-s3`,
    });
  });

  it('keeps what was declared, in order, as the chart’s contract, with every record in its table', () => {
    expect(chart.declared).toEqual([['p-16-s1/11%', 'p-6-s3/11.6%', 'p-6-s9/10.1%'], ['p-16-s1/7%']]);
    expect(chart.records.map((r) => r.id)).toEqual(chart.declared.flat());
    expect(chart).toMatchObject({ anchor: 'comparison-growth', chart: { id: 'comparison-growth', unit: '%' } });
    expect(chart.chart.caption).toBe('2022年增速目标与2021年实绩（单位：%）');
  });

  it('draws nothing rather than half a comparison when a declared record is not published', () => {
    const withDraft = { ...GROWTH!, rows: [...GROWTH!.rows, { target: 'draft', actuals: [] }] };
    expect(buildComparisonChart(withDraft, PUBLISHED)).toBeNull();
  });
});

describe('ComparisonsFileSchema', () => {
  it.each([
    ['one row only', [{ id: 'a', title: 't', speech: 's', rows: [{ target: 'x' }] }], /至少要有两行/],
    [
      'an id with capitals',
      [{ id: 'A', title: 't', speech: 's', rows: [{ target: 'x' }, { target: 'y' }] }],
      /小写字母/,
    ],
    [
      'a duplicate id',
      [
        { id: 'a', title: 't', speech: 's', rows: [{ target: 'x' }, { target: 'y' }] },
        { id: 'a', title: 't', speech: 's', rows: [{ target: 'x' }, { target: 'y' }] },
      ],
      /重复/,
    ],
  ])('refuses %s', (_, input, message) => {
    const result = ComparisonsFileSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message).join('\n')).toMatch(message);
  });
});
