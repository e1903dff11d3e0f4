import { describe, expect, it } from 'vitest';
import { chineseCount } from '@/lib/text/chinese-count';

describe('chineseCount', () => {
  it.each([
    [1, '一'],
    [4, '四'],
    [10, '十'],
    [12, '十二'],
    [20, '二十'],
    [45, '四十五'],
    [99, '九十九'],
    [100, '100'],
    [0, '0'],
  ])('writes %i as %s', (n, text) => {
    expect(chineseCount(n)).toBe(text);
  });
});
