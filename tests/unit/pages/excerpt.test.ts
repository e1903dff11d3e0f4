import { describe, expect, it } from 'vitest';
import { excerptPassage } from '@/lib/pages/excerpt';
import { seedLine } from '../themes/fixtures';

describe('excerptPassage', () => {
  it('quotes the first sentence that holds a matched keyword (seed 000, 营商环境 point)', () => {
    const text = seedLine('000', '三要致力于优化营商环境');
    expect(excerptPassage(text, ['放管服'])).toBe(
      '要把“放管服”改革放在重要位置，把“只进一扇门，最多跑一次”落到实处，打通“放管服”改革的最后一公里，真正让信息多跑路、企业少跑腿。',
    );
  });

  it('falls back to the first sentence when no keyword is given (a theme carried from a heading)', () => {
    expect(excerptPassage(seedLine('000', '三要致力于优化营商环境'), [])).toBe('三要致力于优化营商环境。');
  });

  it('finds full-width keywords the way the classifier matched them', () => {
    expect(excerptPassage('第一句。深度融入ＲＣＥＰ。', ['rcep'])).toBe('深度融入ＲＣＥＰ。');
  });

  it('cuts a long sentence at maxLength characters with an ellipsis', () => {
    const text = seedLine('003', '今年全区经济社会发展的主要预期目标是');
    const excerpt = excerptPassage(text, [], 20);
    expect(excerpt).toBe('今年全区经济社会发展的主要预期目标是：生…');
    expect(Array.from(excerpt)).toHaveLength(21);
  });

  it('gives an empty string for an empty paragraph', () => {
    expect(excerptPassage('', ['项目'])).toBe('');
  });
});
