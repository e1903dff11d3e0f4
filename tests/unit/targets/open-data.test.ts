import { describe, expect, it } from 'vitest';
import { buildScorecard } from '@/lib/indicators/scorecard';
import { formatTargetsCsv, TARGET_DATA_FIELDS, toIndicatorDataRows, toTargetDataRows } from '@/lib/targets/open-data';
import { selectPublishedTargets } from '@/lib/targets/publish';
import { parseCsv } from '../../support/csv';
import { INDICATORS } from '../indicators/fixtures';
import { record, SPEECHES } from './fixtures';

const SITE = 'https://jianbao.example.gov.cn';
const S003 = '2022-quwei-shijie-sici-quanhui';

// Invented figures (a fixture): a 约束性 target and a 预期性 one for 2022, a later report of the
// same organization that raises the first and says nothing of the second, and a 2022 actual.
const LATER = {
  slug: 'later-report',
  title: '测试用后续报告',
  date: { iso: '2023-02', precision: 'month', year: 2023, month: 2 },
  organization: '*区委常委会',
} as const;
const TARGETS = selectPublishedTargets(
  [
    record({
      id: 'gdp',
      speech: S003,
      indicator: '生产总值',
      value: 800,
      stated: '800亿元',
      targetClass: 'anticipatory',
      quote: 'q',
      anchor: 'p-20-s1',
    }),
    record({
      id: 'jobless',
      speech: S003,
      indicator: '城镇调查失业率',
      value: 5.5,
      unit: '%',
      stated: '5.5%以内',
      bound: 'at-most',
      targetClass: 'obligatory',
      quote: 'q',
      anchor: 'p-20-s2',
    }),
    record({
      id: 'gdp-2',
      speech: 'later-report',
      indicator: '生产总值',
      value: 850,
      stated: '850亿元',
      quote: 'q',
      anchor: 'p-1-s1',
    }),
    record({
      id: 'gdp-actual',
      speech: 'later-report',
      indicator: '生产总值',
      value: 810,
      stated: '810亿元',
      kind: 'actual',
      strength: null,
      quote: 'q',
      anchor: 'p-1-s2',
    }),
  ],
  [...SPEECHES, LATER],
  { includeDrafts: false },
);
const SCORECARD = buildScorecard({ indicators: INDICATORS, targets: TARGETS, dataRows: [], today: '2026-12-03' });
const ROWS = toTargetDataRows(TARGETS, SITE, SCORECARD);
const row = (stated: string) => ROWS.find((r) => r.stated === stated)!;

describe('toTargetDataRows', () => {
  it.each([
    ['800亿元', { target_class: 'anticipatory', target_class_label: '预期性', revision: null, dropped_in: null }],
    ['5.5%以内', { target_class: 'obligatory', target_class_label: '约束性', dropped_in: 'later-report' }],
    ['850亿元', { target_class: null, target_class_label: null, revision: 'raised', revision_label: '调高' }],
    ['810亿元', { target_class: null, status: null, revision: null, dropped_in: null }],
  ])('gives %s its target class, revision and omission', (stated, expected) => {
    expect(row(stated)).toMatchObject(expected);
  });

  it('gives each target its status code and label, the actual it was judged against, its source and indicator', () => {
    expect(row('850亿元')).toMatchObject({
      indicator_id: 'qu-gdp',
      status: 'nearly',
      status_label: '基本实现',
      actual_value: 810,
      actual_source: 'speech',
      actual_source_title: '测试用后续报告',
      actual_url: `${SITE}/speeches/later-report/#p-1-s2`,
    });
  });

  it('writes the status label and the target class label beside their codes in the CSV', () => {
    const [header, ...lines] = parseCsv(formatTargetsCsv(ROWS));
    expect(header).toEqual([...TARGET_DATA_FIELDS]);
    const column = (name: (typeof TARGET_DATA_FIELDS)[number]) => header!.indexOf(name);
    const jobless = lines.find((line) => line[column('stated')] === '5.5%以内')!;
    expect([jobless[column('target_class')], jobless[column('target_class_label')]]).toEqual(['obligatory', '约束性']);
    expect([jobless[column('status')], jobless[column('status_label')]]).toEqual(['awaiting', '待公布']);
  });
});

describe('toIndicatorDataRows', () => {
  it('lists an indicator’s statements and its actuals with their sources', () => {
    const gdp = toIndicatorDataRows(SCORECARD.indicators, SITE).find((entry) => entry.id === 'qu-gdp')!;
    expect(gdp.statements).toEqual([`${S003}#gdp`, 'later-report#gdp-2', 'later-report#gdp-actual']);
    expect(gdp.actuals).toEqual([
      expect.objectContaining({
        period: '2022',
        value: 810,
        source: 'speech',
        url: `${SITE}/speeches/later-report/#p-1-s2`,
      }),
    ]);
    expect(gdp.url).toBe(`${SITE}/indicators/qu-gdp/`);
    expect(gdp.feed).toBe(`${SITE}/indicators/qu-gdp/rss.xml`);
  });
});
