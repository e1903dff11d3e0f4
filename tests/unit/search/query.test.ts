import { describe, expect, it } from 'vitest';
import { createSearchDictionary } from '@/lib/search/dictionary';
import { prepareQuery } from '@/lib/search/query';

const dictionary = createSearchDictionary(['综保区', '专精特新', '营商环境', 'GDP']);

describe('prepareQuery', () => {
  it('asks for a dictionary term as one exact word', () => {
    expect(prepareQuery('综保区', dictionary).parts).toEqual([{ text: '综保区', pagefindQuery: '"综保区"' }]);
  });

  it('asks for other text as an exact phrase of single characters', () => {
    expect(prepareQuery('风口产业', dictionary).parts).toEqual([{ text: '风口产业', pagefindQuery: '"风 口 产 业"' }]);
  });

  it('asks for a figure with its unit as one word, so 999亿元 cannot fall back to 亿 or 元', () => {
    expect(prepareQuery('999亿元', dictionary).parts).toEqual([{ text: '999亿元', pagefindQuery: '"999亿元"' }]);
  });

  it('normalizes full-width forms the same way as the pages', () => {
    expect(prepareQuery('３％', dictionary).parts[0]).toEqual({ text: '3%', pagefindQuery: '"3%"' });
    expect(prepareQuery('ＧＤＰ', dictionary).parts[0]).toEqual({ text: 'GDP', pagefindQuery: '"GDP"' });
  });

  it.each([
    ['5G', '"5G"'],
    ['5G基站', '"5G 基 站"'],
    ['C919', '"C919"'],
    ['PM2.5', '"PM2.5"'],
    ['4K', '"4K"'],
    ['3D打印', '"3D 打 印"'],
    ['G20', '"G20"'],
    ['A股', '"A 股"'],
    ['2A级', '"2A 级"'],
    ['IPv6', '"IPv6"'],
    ['５Ｇ', '"5G"'],
  ])('asks for letters and digits typed together as one word: %s', (typed, pagefindQuery) => {
    expect(prepareQuery(typed, dictionary).parts.map((part) => part.pagefindQuery)).toEqual([pagefindQuery]);
  });

  it('splits on spaces into parts that must all match, dropping duplicates', () => {
    expect(prepareQuery(' 综保区　营商环境 综保区 ', dictionary)).toEqual({
      text: '综保区 营商环境',
      parts: [
        { text: '综保区', pagefindQuery: '"综保区"' },
        { text: '营商环境', pagefindQuery: '"营商环境"' },
      ],
    });
  });

  it('ignores quotes and punctuation around a term', () => {
    expect(prepareQuery('“专精特新”，', dictionary).parts).toEqual([{ text: '专精特新', pagefindQuery: '"专精特新"' }]);
  });

  it('keeps punctuation inside a phrase in the text to match but not in the Pagefind phrase', () => {
    expect(prepareQuery('综保区、自贸区', dictionary).parts).toEqual([
      { text: '综保区、自贸区', pagefindQuery: '"综 保 区 自 贸 区"' },
    ]);
  });

  it('has no parts for an empty or punctuation-only query', () => {
    expect(prepareQuery('  ', dictionary).parts).toEqual([]);
    expect(prepareQuery('，。', dictionary).parts).toEqual([]);
  });
});
