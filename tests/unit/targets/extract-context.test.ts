import { describe, expect, it } from 'vitest';
import type { SpeechDate } from '@/lib/dates/speech-date';
import { announcesList, isListItem, isTitleLine, leadInOf, readDirection } from '@/lib/targets/extract-context';

// Headings and lead-ins from the development corpus (tests/fixtures/targets-corpus/, sources there):
// the 2026 work reports of Ningxia (2026-02-03), Hebei (2026-01-26) and 姜堰 (summary), the 2025
// report of 汉滨 (2025-03-21), and news of the 海安 and 通川 meetings (2026).
const DATE_2026: SpeechDate = { iso: '2026-02-03', precision: 'day', year: 2026, month: 2, day: 3 };

describe('readDirection', () => {
  it.each([
    ['三、2026年重点工作', 'heading', 'forward'],
    ['二、“十五五”时期的主要目标任务', 'heading', 'forward'],
    ['经济主要预期目标是：', 'lead-in', 'forward'],
    ['（一）预期性指标。', 'lead-in', 'forward'],
    ['一、2025年工作总结和“十四五”发展成就', 'heading', 'retrospective'],
    ['一、过去一年工作回顾', 'heading', 'retrospective'],
    ['2025年及“十四五”工作回顾', 'heading', 'retrospective'],
    ['一年来，', 'lead-in', 'retrospective'],
    ['覃永利说,过去一年,', 'lead-in', 'retrospective'],
    // Third round (陕西 2026, 随州高新区 2026, 慈利 2020, the seed 2019 调研; sources in the corpus).
    ['五年来，', 'lead-in', 'retrospective'],
    ['回首2025,', 'lead-in', 'retrospective'],
    ['近年来，', 'lead-in', 'retrospective'],
    ['今年以来,', 'lead-in', 'retrospective'],
    ['各位代表！2025年目标任务顺利完成，', 'lead-in', 'retrospective'],
    ['今年经济社会发展的主要目标是实现地区生产总值增长5%左右，', 'lead-in', 'forward'],
    ['确保全年目标任务完成，', 'lead-in', 'forward'],
  ] as const)('reads %s (%s) as %s', (text, source, direction) => {
    expect(readDirection(text, DATE_2026, source)?.direction).toBe(direction);
  });

  it.each([
    ['2月27日,高新区工作会议召开,总结去年工作,部署今年任务,动员全区上下凝心聚力、真抓实干'],
    ['泰州市姜堰区2026年政府工作报告(摘要版)'],
    ['（一）坚持项目支撑、招商赋能,经济基础更加坚实。'],
  ])('gives no direction to %s: a lead that both looks back and ahead, a title or a theme', (text) => {
    expect(readDirection(text, DATE_2026, 'heading')).toBeUndefined();
  });

  it('reads 成效显著提升 as a goal in a sentence, though 成效 looks back in a heading', () => {
    expect(readDirection('六是城乡融合成效显著提升，', DATE_2026, 'lead-in')).toBeUndefined();
    expect(readDirection('（六）城乡融合成效显著', DATE_2026, 'heading')?.direction).toBe('retrospective');
  });

  it.each([
    ['二、2023年国民经济和社会发展计划（草案）', 'forward'],
    ['一、2022年国民经济和社会发展计划执行情况', 'retrospective'],
  ] as const)('reads the plan report heading %s as %s', (text, direction) => {
    // 余杭 2022 plan report (2023-02-02) in the corpus.
    const date: SpeechDate = { iso: '2023-02-02', precision: 'day', year: 2023, month: 2, day: 2 };
    expect(readDirection(text, date, 'heading')?.direction).toBe(direction);
  });

  it.each([
    ['回首2025,', 2025],
    ['今年以来,', 2026],
  ])('reads the year %s looks back over as %d', (text, year) => {
    expect(readDirection(text, DATE_2026, 'lead-in')).toMatchObject({ direction: 'retrospective', year });
  });

  it('keeps the year a section names and the class a list names', () => {
    expect(readDirection('二、2027年发展主要预期目标', DATE_2026, 'heading')).toMatchObject({ year: 2027 });
    expect(readDirection('（二）约束性指标。', DATE_2026, 'lead-in')).toMatchObject({
      direction: 'forward',
      targetClass: 'obligatory',
    });
  });
});

describe('leadInOf', () => {
  it.each([
    ['一年来，我们重点抓了五个方面工作：', '一年来，'],
    ['覃永利说,过去一年,是“十四五”发展收官之年。', '覃永利说,过去一年,'],
    ['新建科技创新平台20家。', undefined],
  ])('finds the lead-in of %s', (text, leadIn) => {
    expect(leadInOf(text)).toBe(leadIn);
  });
});

describe('lists and title lines', () => {
  it.each([
    ['2026年经济社会发展主要目标如下：', true],
    ['一年来，我们重点抓了五个方面工作：', true],
    ['新建科技创新平台20家。', false],
  ])('announcesList(%s) is %s', (text, expected) => {
    expect(announcesList(text)).toBe(expected);
  });

  it.each([
    ['——GDP增长5.0%。', true],
    ['（二）约束性指标。', true],
    ['1、国内生产总值增长6.5%左右。', true],
    ['一是坚定实施扩大内需战略，在加快推动消费投资增长上实现新突破。', true],
    ['经济主要预期目标是：地区生产总值增长5%左右，力争取得更好结果。', false],
  ])('isListItem(%s) is %s', (text, expected) => {
    expect(isListItem(text)).toBe(expected);
  });

  it.each([
    ['2025年及“十四五”工作回顾', true],
    ['“十五五”时期主要目标', true],
    ['新增中学学位1万个', false],
    ['2026年是中国共产党成立105周年，是“十五五”规划实施第一年，具有特殊重大意义。', false],
  ])('isTitleLine(%s) is %s', (text, expected) => {
    expect(isTitleLine(text)).toBe(expected);
  });
});
