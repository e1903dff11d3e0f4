import { describe, expect, it } from 'vitest';
import { parseSpeechBody } from '@/lib/speech/parse-body';
import type { ParagraphBlock } from '@/lib/speech/types';
import { wrapSentences } from '@/lib/targets/wrap-sentences';

function paragraph(markdown: string): ParagraphBlock {
  const block = parseSpeechBody(markdown).blocks.find((b): b is ParagraphBlock => b.type === 'paragraph');
  if (!block) throw new Error('no paragraph');
  return block;
}

describe('wrapSentences', () => {
  it('wraps each sentence of a seed-004 paragraph in a span with its anchor', () => {
    const p = paragraph('落实高企倍增专项计划，确保全年新认定高新技术企业300家。力争技术合同成交额达到170.5亿元。');
    expect(wrapSentences(p)).toBe(
      '<span id="p-1-s1" class="sentence">落实高企倍增专项计划，确保全年新认定高新技术企业300家。</span>' +
        '<span id="p-1-s2" class="sentence">力争技术合同成交额达到170.5亿元。</span>',
    );
  });

  it('wraps only the sentences asked for', () => {
    const p = paragraph('第一句。力争技术合同成交额达到170.5亿元。第三句。');
    expect(wrapSentences(p, new Set([2]))).toBe(
      '第一句。<span id="p-1-s2" class="sentence">力争技术合同成交额达到170.5亿元。</span>第三句。',
    );
  });

  it('counts an entity as one character, so offsets after it still match', () => {
    const p = paragraph('收入增长 X% & 支出下降。完成率100%。');
    const html = wrapSentences(p);
    expect(html).toContain('<span id="p-1-s2" class="sentence">完成率100%。</span>');
    expect(html).toMatch(/&(?:amp|#x26);/);
  });

  it('wraps a sentence around emphasis it contains, and leaves one that crosses an emphasis edge unwrapped', () => {
    const inside = paragraph('要**强化平台支撑**。开放平台如同机场跑道。');
    expect(wrapSentences(inside)).toContain(
      '<span id="p-1-s1" class="sentence">要<strong>强化平台支撑</strong>。</span>',
    );
    const crossing = paragraph('作为副中心城市。**更重要的还是在开放方面。前不久**，大会召开。');
    const html = wrapSentences(crossing);
    expect(html).toContain('<strong><span id="p-1-s2" class="sentence">更重要的还是在开放方面。</span>');
    expect(html).not.toContain('id="p-1-s3"');
  });

  it('keeps the text of the paragraph unchanged', () => {
    const p = paragraph('截至2021年，高新区全年地区生产总值（GDP）同比增长 X%；园区营业收入突破XXX亿元。');
    expect(wrapSentences(p).replace(/<[^>]+>/g, '')).toBe(p.html.replace(/<[^>]+>/g, ''));
  });
});
