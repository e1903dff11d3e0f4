import { describe, expect, it } from 'vitest';
import { normalizeForSearch } from '@/lib/search/normalize';

describe('normalizeForSearch', () => {
  it.each([
    ['３％', '3%'],
    ['ＧＤＰ', 'GDP'],
    ['１７０．５亿元', '170.5亿元'],
    ['综保区', '综保区'],
  ])('folds %s to %s', (input, expected) => {
    expect(normalizeForSearch(input)).toBe(expected);
  });

  it('keeps Chinese punctuation as written, so excerpts still read as Chinese', () => {
    expect(normalizeForSearch('全市ＧＤＰ增长３％，达到（预期）！')).toBe('全市GDP增长3%，达到（预期）！');
  });

  it('turns the ideographic space into a space', () => {
    expect(normalizeForSearch('综保区\u3000自贸区')).toBe('综保区 自贸区');
  });
});
