import { describe, expect, it } from 'vitest';
import { buildScorecard } from '@/lib/indicators/scorecard';
import { toIndicatorFeedItems } from '@/lib/pages/feed';
import { selectPublishedTargets } from '@/lib/targets/publish';
import { GDP_2022_ROW, INDICATORS } from '../indicators/fixtures';
import { record, SPEECHES } from '../targets/fixtures';

const S003 = '2022-quwei-shijie-sici-quanhui';
// Invented figures (a fixture): one sentence with targets for two years, a 2021 actual, and a
// data-file row released in 2023.
const TARGETS = selectPublishedTargets(
  [
    record({
      id: 'a',
      speech: S003,
      indicator: '生产总值',
      value: 700,
      stated: '接近700亿元',
      kind: 'actual',
      strength: null,
      period: '2021',
      quote: '生产总值接近700亿元',
      anchor: 'p-3-s1',
    }),
    record({
      id: 't1',
      speech: S003,
      indicator: '生产总值',
      value: 800,
      stated: '800亿元',
      quote: '今年800亿元，2025年1500亿元',
      anchor: 'p-20-s1',
    }),
    record({
      id: 't2',
      speech: S003,
      indicator: '生产总值',
      value: 1500,
      stated: '1500亿元',
      period: '2025',
      strength: 'striving',
      quote: '今年800亿元，2025年1500亿元',
      anchor: 'p-20-s1',
    }),
  ],
  SPEECHES,
  { includeDrafts: false },
);
const ROW = GDP_2022_ROW;
const gdp = buildScorecard({
  indicators: INDICATORS,
  targets: TARGETS,
  dataRows: [ROW],
  today: '2024-06-01',
}).indicators.find((summary) => summary.indicator.id === 'qu-gdp')!;

describe('toIndicatorFeedItems', () => {
  it('lists the data row and each sentence once, newest first, with unique links', () => {
    const items = toIndicatorFeedItems(gdp);
    expect(items.map((item) => [item.link, item.pubDate.toISOString()])).toEqual([
      ['/indicators/qu-gdp/#data-qu-2', '2023-03-20T00:00:00.000Z'],
      [`/speeches/${S003}/#p-20-s1`, '2022-01-01T00:00:00.000Z'],
      [`/speeches/${S003}/#p-3-s1`, '2022-01-01T00:00:00.000Z'],
    ]);
  });

  it('names every figure a sentence states, with the status of each target and masked areas as （原文隐去）', () => {
    const item = toIndicatorFeedItems(gdp).find((entry) => entry.link.endsWith('#p-20-s1'))!;
    expect(item.title).toBe('生产总值：2022年目标（计划） 800亿元，2025年目标（力争） 1500亿元');
    expect(item.description).toBe(
      '“今年800亿元，2025年1500亿元”——在区委十届四次全会暨区委经济工作会议上的报告（2022年）' +
        '。已实现：目标 800亿元，实绩 802.3亿元，不低于目标' +
        '。进行中：目标 1500亿元，目标期2025年尚未结束（截至2024年6月1日）',
    );
    expect(item.categories).toEqual(['（原文隐去）区（含高新区）', '目标']);
  });

  it('says where a data row was published', () => {
    const [row] = toIndicatorFeedItems(gdp);
    expect(row).toMatchObject({
      title: '生产总值：2022年实绩 802.3亿元（统计数据）',
      description: '测试用统计公报（虚构），2023年3月20日发布：https://example.org/2022',
      categories: ['（原文隐去）区（含高新区）', '统计数据'],
    });
  });

  it('keeps only the newest `limit` items', () => {
    expect(toIndicatorFeedItems(gdp, 1).map((item) => item.link)).toEqual(['/indicators/qu-gdp/#data-qu-2']);
  });
});
