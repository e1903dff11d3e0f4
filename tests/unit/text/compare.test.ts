import { describe, expect, it } from 'vitest';
import { compareNewestFirst } from '@/lib/dates/newest-first';
import { speechDate as date } from '../dates/fixtures';
import { compareChinese, compareCodes } from '@/lib/text/compare';
import { foldFullWidth } from '@/lib/text/fold-width';

describe('compareCodes', () => {
  it('orders slugs by code unit, hyphen before digits and letters', () => {
    expect(['b', 'a-b', 'a0', 'ab'].sort(compareCodes)).toEqual(['a-b', 'a0', 'ab', 'b']);
  });
});

describe('compareChinese', () => {
  it('orders Chinese words by pinyin, whatever the machine’s locale', () => {
    expect(['综保区', '自贸区', '高新区', '亿元'].sort(compareChinese)).toEqual(['高新区', '亿元', '自贸区', '综保区']);
  });
});

describe('compareNewestFirst', () => {
  it('lists the newest speech first, a month or year date after its days, ties by slug', () => {
    const speeches = [
      { slug: 'b', date: date('2022-04-01') },
      { slug: 'year', date: date('2022') },
      { slug: 'month', date: date('2022-04') },
      { slug: 'a', date: date('2022-04-01') },
      { slug: 'new', date: date('2024-08-21') },
    ];
    expect(speeches.sort(compareNewestFirst).map((speech) => speech.slug)).toEqual(['new', 'a', 'b', 'month', 'year']);
  });
});

describe('foldFullWidth', () => {
  it('folds ５Ｇ, ＲＣＥＰ and １７０．５ to ASCII, keeping the length', () => {
    expect(foldFullWidth('５Ｇ、ＲＣＥＰ、１７０．５…')).toBe('5G、RCEP、170.5…');
    expect(foldFullWidth('５Ｇ、ＲＣＥＰ、１７０．５…')).toHaveLength('５Ｇ、ＲＣＥＰ、１７０．５…'.length);
  });

  it('folds only the characters asked for', () => {
    expect(foldFullWidth('１，２', /[１２]/g)).toBe('1，2');
  });
});
