import { describe, expect, it } from 'vitest';
import { speechDate as date } from '../dates/fixtures';
import { RECORDS } from './fixtures';
import { parseSpeechBody } from '@/lib/speech/parse-body';
import { TargetRecordSchema } from '@/lib/schemas/target';
import { extractTargets } from '@/lib/targets/extract-targets';
import { findPeriodMentions, findSpan, findSpans, periodSpan, spanFacing } from '@/lib/targets/period';
import { periodEndDate } from '@/lib/targets/status';
import { comparePeriods, formatPeriod } from '@/lib/targets/track';

// Five-year periods: a target record's period may be a span of whole years (2026-2030).

describe('period spans: the schema', () => {
  const valid = RECORDS[1]!;
  const messages = (period: string) =>
    (TargetRecordSchema.safeParse({ ...valid, period }).error?.issues ?? []).map((issue) => issue.message);

  it.each(['2026-2030', '2021-2025', '2024', '2024-H2', '2022-Q1', '2024-08'])('accepts the period %s', (period) => {
    expect(messages(period)).toEqual([]);
  });

  it.each([
    ['2030-2026', '先写起始年'],
    ['2026-2040', '不超过十年'],
    ['2026至2030', '2026-2030'],
    ['十五五', '2026-2030'],
  ])('refuses %s and says how to write it (%s)', (period, hint) => {
    expect(messages(period).join(' ')).toContain(hint);
  });
});

describe('period spans: where a page needs one period', () => {
  it.each([
    ['2026-2030', { start: 2026, end: 2030 }],
    ['2026', undefined],
    ['2024-H2', undefined],
  ])('reads %s as the span %j', (period, span) => {
    expect(periodSpan(period)).toEqual(span);
  });

  it('ends a span with its last year, so a five-year target is not judged after its first', () => {
    expect(periodEndDate('2026-2030')).toBe('2030-12-31');
  });

  it('writes a span as 2026—2030年 and orders it by its first, then its last year', () => {
    expect(formatPeriod('2021-2025')).toBe('2021—2025年');
    expect(['2026', '2026-2030', '2025', '2021-2025'].sort(comparePeriods)).toEqual([
      '2021-2025',
      '2025',
      '2026',
      '2026-2030',
    ]);
  });
});

describe('period spans: time expressions', () => {
  it.each([
    ['“十五五”时期，地区生产总值年均增长5%左右', '2026-2030', false, false],
    ['“十四五”期间，地区生产总值年均增长6.6%', '2021-2025', true, false],
    ['“十四五”以来，GDP年均增长4.4%', '2021-2025', true, false],
    ['2026—2030年，全社会研发经费投入年均增长10%左右', '2026-2030', false, false],
    ['2021-2025年累计完成投资3.7万亿元', '2021-2025', true, false],
  ])('reads %s in a 2026 speech as %s (past %s, future %s)', (text, period, past, future) => {
    expect(findPeriodMentions(text, date('2026-01-26'))[0]).toMatchObject({ period, past, future });
  });

  it('still reads “十四五”末 as its last year', () => {
    expect(findPeriodMentions('力争“十四五”末完成1500亿元经济总量', date('2022'))[0]?.period).toBe('2025');
  });

  it.each([
    ['一、“十四五”时期工作回顾', '2021-2025'],
    ['过去五年，我们…', '2021-2025'],
    ['今后五年的主要目标', '2026-2030'],
    ['二、“十五五”时期主要目标任务', '2026-2030'],
    ['一、2025年工作回顾', undefined],
  ])('reads the heading or lead-in %s of a 2026 report as the span %s', (text, span) => {
    expect(findSpan(text, date('2026-01-26'))).toBe(span);
  });
});

describe('period spans: which figures are of the span', () => {
  function periods(markdown: string): [string, string][] {
    const { blocks } = parseSpeechBody(markdown);
    return extractTargets({ slug: 'test', date: date('2026-01-26'), blocks }).map((r) => [r.stated, r.period]);
  }

  it('dates averages and totals of a five-year look-back by the span, levels by its last year', () => {
    // Tianjin 2026 work report (tests/fixtures/targets-holdout/tianjin-2026-gwr.txt).
    expect(
      periods(
        '“十四五”以来，GDP年均增长4.4%，工业战略性新兴产业占规上工业比重达到30%以上，居民人均可支配收入年均增长5%。',
      ),
    ).toEqual([
      ['4.4%', '2021-2025'],
      ['30%以上', '2025'],
      ['5%', '2021-2025'],
    ]);
  });

  it('dates what was built under a heading of the five years alone by the span', () => {
    expect(periods('## 一、“十四五”时期工作回顾\n\n新建成轨道交通线路7条，PM2.5年均浓度降至36.2微克/立方米。')).toEqual(
      [
        ['7条', '2021-2025'],
        ['36.2微克/立方米', '2025'],
      ],
    );
  });

  it('dates what was built under a heading of the year and the five years by the year', () => {
    expect(periods('## 一、2025年和“十四五”时期工作回顾\n\n新增企业476家，地区生产总值年均增长5.9%。')).toEqual([
      ['476家', '2025'],
      ['5.9%', '2021-2025'],
    ]);
  });

  it('dates the averages of a five-year plan by the span and the level it aims at by its last year', () => {
    // The form of Beijing's and Ningxia's 2026 reports (tests/fixtures/targets-corpus/).
    expect(
      periods('## 二、“十五五”时期主要目标\n\n地区生产总值年均增长5%左右，城镇化率达到71%以上，到2028年新建学校20所。'),
    ).toEqual([
      ['5%左右', '2026-2030'],
      ['71%以上', '2030'],
      ['20所', '2028'],
    ]);
  });
});

describe('period spans: a heading that names two plans', () => {
  function periods(markdown: string): [string, string][] {
    const { blocks } = parseSpeechBody(markdown);
    return extractTargets({ slug: 'test', date: date('2026-01-25'), blocks }).map((r) => [r.stated, r.period]);
  }

  it('dates the plan’s targets under 二、“十四五”时期发展成就和“十五五”时期主要目标任务 by the later plan', () => {
    // Beijing 2026 work report (tests/fixtures/targets-corpus/beijing-2026-gwr.txt).
    expect(
      periods(
        '## 二、“十四五”时期发展成就和“十五五”时期主要目标任务\n\n' +
          '围绕上述目标，《纲要草案》设置了主要指标，包括：地区生产总值年均增速4.5%-5%，全员劳动生产率达58万元/人左右。',
      ),
    ).toEqual([
      ['4.5%-5%', '2026-2030'],
      ['58万元/人左右', '2030'],
    ]);
  });

  it.each([
    ['二、“十四五”时期发展成就和“十五五”时期主要目标任务', true, '2026-2030'],
    ['二、“十四五”时期发展成就和“十五五”时期主要目标任务', false, '2021-2025'],
  ])('picks from %s the span that faces ahead (%s): %s', (heading, forward, span) => {
    expect(spanFacing(findSpans(heading, date('2026-01-25')), forward, date('2026-01-25'))).toBe(span);
  });
});
