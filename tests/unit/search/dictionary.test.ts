import { describe, expect, it } from 'vitest';
import {
  collectThemeTerms,
  createSearchDictionary,
  findDictionaryTerms,
  isDictionaryTerm,
  parseDictionaryText,
} from '@/lib/search/dictionary';

describe('parseDictionaryText', () => {
  it('reads one term per line, skipping comments and blank lines', () => {
    expect(parseDictionaryText('# 开放平台\n综保区\n\n专精特新  # 中小企业梯队\n')).toEqual(['综保区', '专精特新']);
  });
});

describe('collectThemeTerms', () => {
  it('takes the phrases and words of every theme rule', () => {
    const themes = [
      { phrases: [{ term: '三个一批' }], words: [{ term: '项目' }] },
      { phrases: [{ term: '营商环境' }], words: [] },
    ];
    expect(collectThemeTerms(themes)).toEqual(['三个一批', '项目', '营商环境']);
  });
});

describe('createSearchDictionary', () => {
  it('normalizes, de-duplicates and orders terms longest first, then in zh-CN (pinyin) order', () => {
    const dictionary = createSearchDictionary(['自贸区', '高新区', '高新技术企业', 'ＧＤＰ', '高新区']);
    expect(dictionary.terms).toEqual(['高新技术企业', '高新区', '自贸区', 'GDP']);
  });

  it('drops single characters and terms with spaces, which can never be one word', () => {
    expect(createSearchDictionary(['区', '综保区 自贸区', '']).terms).toEqual([]);
  });
});

describe('findDictionaryTerms', () => {
  const dictionary = createSearchDictionary(['科技创新', '创新', '综保区', '自贸区']);

  it('finds every occurrence, overlapping ones included', () => {
    expect(findDictionaryTerms('坚持科技创新，推进综保区、自贸区建设', dictionary)).toEqual([
      '科技创新',
      '创新',
      '综保区',
      '自贸区',
    ]);
  });

  it('finds nothing in text without terms', () => {
    expect(findDictionaryTerms('保税区和园区', dictionary)).toEqual([]);
  });
});

describe('isDictionaryTerm', () => {
  const dictionary = createSearchDictionary(['综保区']);
  it('is true only for a whole entry', () => {
    expect(isDictionaryTerm('综保区', dictionary)).toBe(true);
    expect(isDictionaryTerm('综保', dictionary)).toBe(false);
    expect(isDictionaryTerm('', dictionary)).toBe(false);
  });
});
