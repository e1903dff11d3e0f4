import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { speechDate } from '../dates/fixtures';
import { convertTextToMarkdown } from '@/lib/importer/text-to-markdown';
import { parseSpeechBody } from '@/lib/speech/parse-body';
import { extractTargets, type TargetCandidate } from '@/lib/targets/extract-targets';

/**
 * Target lists in the forms work reports use. No public text of the corpora has them, so the texts
 * are test data (tests/fixtures/targets-lists/README.md): made-up figures in the real forms, read
 * as `npm run import` and `npm run targets` read a text.
 */
function extractFixture(name: string): TargetCandidate[] {
  const text = readFileSync(`tests/fixtures/targets-lists/${name}`, 'utf8');
  const title = text.split('\n')[0] ?? '';
  const { blocks } = parseSpeechBody(convertTextToMarkdown(text, { title }));
  return extractTargets({ slug: 'test-data', date: speechDate('2026-01-20'), blocks });
}

const row = (r: TargetCandidate) => [r.stated, r.indicator, r.kind, r.period, r.strength, r.targetClass ?? null];

describe('target lists: every line under 预期性指标 / 约束性指标 is a target of its class', () => {
  it('reads the lines of a list under its class headings, one line one target, cue word or not', () => {
    const records = extractFixture('list-forms.txt').filter((r) => r.quote.startsWith('——'));
    expect(records.map(row)).toEqual([
      ['5.0%', '地区生产总值增速', 'target', '2026', 'planned', 'anticipatory'],
      ['6.0%', '规模以上工业增加值增速', 'target', '2026', 'planned', 'anticipatory'],
      ['4.5%左右', '固定资产投资增速', 'target', '2026', 'planned', 'anticipatory'],
      ['5%以上', '社会消费品零售总额增速', 'target', '2026', 'planned', 'anticipatory'],
      ['5%', '居民人均可支配收入增速', 'target', '2026', 'planned', 'anticipatory'],
      ['20万人', '城镇新增就业', 'target', '2026', 'planned', 'obligatory'],
      ['3%', '单位地区生产总值能耗降幅', 'target', '2026', 'planned', 'obligatory'],
      ['500万亩', '粮食播种面积', 'target', '2026', 'planned', 'obligatory'],
      ['不低于600万亩', '耕地保有量', 'target', '2026', 'planned', 'obligatory'],
    ]);
  });

  it('names the class heading as the reason for the kind', () => {
    const records = extractFixture('list-forms.txt').filter((r) => r.quote.startsWith('——'));
    expect(records[0]?.kindReason).toBe('所在章节“（一）预期性指标。”');
    expect(records.at(-1)?.kindReason).toBe('所在章节“（二）约束性指标。”');
  });

  it('keeps the look-back before the list as actuals, without a class', () => {
    const records = extractFixture('list-forms.txt').filter((r) => r.period === '2025');
    expect(records.map(row)).toEqual([
      ['5.2%', '地区生产总值增速', 'actual', '2025', null, null],
      ['19.6万人', '城镇新增就业', 'actual', '2025', null, null],
    ]);
  });

  it('reads a “主要预期目标是：” lead sentence as targets without a class, and “约束性指标是：” as obligatory', () => {
    const records = extractFixture('list-forms.txt').filter((r) => !r.quote.startsWith('——') && r.period === '2026');
    expect(records.map(row)).toEqual([
      ['3%', '一般公共预算收入增速', 'target', '2026', 'planned', null],
      ['5.5%以内', '城镇调查失业率', 'target', '2026', 'planned', null],
      ['2%', '居民消费价格涨幅', 'target', '2026', 'planned', null],
      ['2%', '化学需氧量排放量降幅', 'target', '2026', 'planned', 'obligatory'],
      ['2%', '氨氮排放量降幅', 'target', '2026', 'planned', 'obligatory'],
      ['1.2万亩以内', '新增建设用地', 'target', '2026', 'planned', 'obligatory'],
    ]);
  });

  it('names the lead sentence as the reason where no cue word is in the figure’s own clause', () => {
    const byIndicator = new Map(extractFixture('list-forms.txt').map((r) => [r.indicator, r.kindReason]));
    expect(byIndicator.get('居民消费价格涨幅')).toBe('段落开头“今年全市经济社会发展的主要预期目标是：”');
    expect(byIndicator.get('城镇调查失业率')).toBe('目标词“控制在”');
    expect(byIndicator.get('氨氮排放量降幅')).toBe('段落开头“约束性指标是：”');
  });

  it('reads a list written in one paragraph, the class named after the colon of its lead', () => {
    expect(extractFixture('inline-list.txt').map(row)).toEqual([
      ['5.0%', 'GDP增速', 'target', '2026', 'planned', 'anticipatory'],
      ['6.0%', '规模以上工业增加值增速', 'target', '2026', 'planned', 'anticipatory'],
      ['3%', '外贸进出口总额增速', 'target', '2026', 'planned', 'anticipatory'],
      ['20万人', '城镇新增就业', 'target', '2026', 'planned', 'obligatory'],
      ['3.5%', '单位GDP二氧化碳排放降幅', 'target', '2026', 'planned', 'obligatory'],
    ]);
  });
});
