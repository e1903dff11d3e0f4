import { describe, expect, it } from 'vitest';
import { buildScorecard, chooseActual, dataRowAnchor } from '@/lib/indicators/scorecard';
import { selectPublishedTargets } from '@/lib/targets/publish';
import { record, SPEECHES } from '../targets/fixtures';
import { GDP_2022_ROW, INDICATORS } from './fixtures';

const S003 = '2022-quwei-shijie-sici-quanhui';
const S004 = '2024-08-21-gaoxinqu-gaozhiliang-tuijinhui';
const LATER = {
  slug: 'later-report',
  title: '测试用后续报告',
  date: { iso: '2023-02', precision: 'month', year: 2023, month: 2 },
} as const;

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
    period: '2027',
    strength: 'striving',
    quote: 'q',
    anchor: 'p-20-s2',
  }),
  record({
    id: 't/9',
    speech: S003,
    indicator: '社会消费品零售总额增速',
    organization: '*区（含高新区）',
    value: 9,
    unit: '%',
    stated: '9%以上',
    bound: 'at-least',
    quote: 'q',
    anchor: 'p-20-s3',
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
    id: 't/x',
    speech: S004,
    indicator: '游园',
    value: 20,
    unit: '个',
    stated: '20个',
    period: '2024',
    quote: 'q',
    anchor: 'p-9-s1',
  }),
  // A later report raises the 2022 target and reports the year's actual.
  record({
    id: 'l/850',
    speech: 'later-report',
    indicator: '生产总值',
    value: 850,
    stated: '850亿元',
    period: '2022',
    quote: 'q',
    anchor: 'p-1-s1',
  }),
  record({
    id: 'l/a-810',
    speech: 'later-report',
    indicator: '生产总值',
    value: 810,
    stated: '810亿元',
    kind: 'actual',
    strength: null,
    period: '2022',
    quote: 'q',
    anchor: 'p-1-s2',
  }),
  record({
    id: 'l/a-5.2',
    speech: 'later-report',
    indicator: '城镇调查失业率',
    value: 5.2,
    unit: '%',
    stated: '5.2%',
    kind: 'actual',
    strength: null,
    period: '2022',
    quote: 'q',
    anchor: 'p-1-s3',
  }),
];
const TARGETS = selectPublishedTargets(RECORDS, [...SPEECHES, { ...LATER, organization: '*区委常委会' }], {
  includeDrafts: false,
});
const DATA_ROW = GDP_2022_ROW;
const TODAY = '2026-12-03';

describe('buildScorecard', () => {
  it('judges a target against the data file when it has the period, showing the speech figure that disagrees', () => {
    const { evaluations } = buildScorecard({
      indicators: INDICATORS,
      targets: TARGETS,
      dataRows: [DATA_ROW],
      today: TODAY,
    });
    const gdp = evaluations.find((e) => e.target.id === 't/800')!;
    expect(gdp.actual).toMatchObject({ source: 'data', value: 802.3, href: '/indicators/qu-gdp/#data-qu-2' });
    expect(gdp.conflicting.map((a) => a.stated)).toEqual(['810亿元']);
    expect(gdp).toMatchObject({ status: 'met', reason: '目标 800亿元，实绩 802.3亿元，不低于目标', completion: 100.3 });
  });

  it('uses a later speech’s actual when no data file has the period', () => {
    const { evaluations } = buildScorecard({ indicators: INDICATORS, targets: TARGETS, dataRows: [], today: TODAY });
    const gdp = evaluations.find((e) => e.target.id === 't/800')!;
    expect(gdp.actual).toMatchObject({ source: 'speech', stated: '810亿元', href: '/speeches/later-report/#p-1-s2' });
    expect(gdp.conflicting).toEqual([]);
    const unemployment = evaluations.find((e) => e.target.id === 't/5.5')!;
    expect(unemployment).toMatchObject({ status: 'met', reason: '目标 5.5%以内，实绩 5.2%，不高于目标' });
  });

  it('shows a restated target as raised', () => {
    const { evaluations } = buildScorecard({ indicators: INDICATORS, targets: TARGETS, dataRows: [], today: TODAY });
    const raised = evaluations.find((e) => e.target.id === 'l/850')!;
    expect(raised.revision).toMatchObject({ kind: 'raised', previous: { id: 't/800' } });
    expect(evaluations.find((e) => e.target.id === 't/800')!.revision).toBeNull();
  });

  it('marks a target the later report leaves out as dropped, and one whose actual it reports as not', () => {
    const { evaluations } = buildScorecard({ indicators: INDICATORS, targets: TARGETS, dataRows: [], today: TODAY });
    const find = (id: string) => evaluations.find((e) => e.target.id === id)!;
    // The later report restates the 2022 生产总值 target but says nothing of retail sales.
    expect(find('t/9').dropped).toMatchObject({ speech: 'later-report', restated: [{ id: 'l/850' }] });
    expect(find('t/5.5').dropped).toBeNull();
    expect(find('t/800').dropped).toBeNull();
    expect(find('t/1500').dropped).toBeNull();
  });

  it('judges targets of no indicator without an actual, and counts every status', () => {
    const { evaluations, counts } = buildScorecard({
      indicators: INDICATORS,
      targets: TARGETS,
      dataRows: [],
      today: TODAY,
    });
    expect(evaluations.find((e) => e.target.id === 't/x')).toMatchObject({ indicator: null, status: 'awaiting' });
    expect(evaluations.find((e) => e.target.id === 't/1500')).toMatchObject({ status: 'in-progress' });
    expect(evaluations.find((e) => e.target.id === 't/9')).toMatchObject({ status: 'awaiting' });
    expect(Object.fromEntries(counts.map(({ status, count }) => [status, count]))).toEqual({
      met: 2,
      // 810亿元 against the raised 850亿元: 95.3%.
      nearly: 1,
      missed: 0,
      'in-progress': 1,
      awaiting: 2,
      unknown: 0,
    });
  });

  it('gives each indicator its statements and actuals in period order', () => {
    const { indicators } = buildScorecard({
      indicators: INDICATORS,
      targets: TARGETS,
      dataRows: [DATA_ROW],
      today: TODAY,
    });
    const gdp = indicators.find((summary) => summary.indicator.id === 'qu-gdp')!;
    expect(gdp.statements.map((s) => s.id)).toEqual(['a/700', 't/800', 'l/850', 'l/a-810', 't/1500']);
    expect(gdp.actuals.map((a) => a.stated)).toEqual(['接近700亿元', '802.3亿元', '810亿元']);
    expect(gdp.evaluations.map((e) => e.target.id)).toEqual(['t/800', 'l/850', 't/1500']);
  });
});

describe('chooseActual', () => {
  it('has nothing to choose in a period without actuals', () => {
    expect(chooseActual([], '2022')).toEqual({ actual: null, conflicting: [] });
  });
});

describe('dataRowAnchor', () => {
  it('names the file and line', () => {
    expect(dataRowAnchor({ file: 'content/data/2023年统计.csv', line: 12 })).toBe('data-2023年统计-12');
  });
});
