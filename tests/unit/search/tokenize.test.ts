import { describe, expect, it } from 'vitest';
import { findFigures, isFigure, tokenize } from '@/lib/search/tokenize';

describe('tokenize', () => {
  it('makes every Han character a word and keeps numbers and Latin words whole', () => {
    expect(tokenize('GDP增长170.5亿元').map((token) => token.text)).toEqual(['GDP', '增', '长', '170.5', '亿', '元']);
  });

  it('keeps a percentage with its number', () => {
    expect(tokenize('达到93%以上').map((token) => `${token.kind}:${token.text}`)).toEqual([
      'han:达',
      'han:到',
      'number:93%',
      'han:以',
      'han:上',
    ]);
  });

  it('returns punctuation as its own kind and drops whitespace', () => {
    expect(tokenize('综保区、 自贸区').map((token) => token.kind)).toEqual([
      'han',
      'han',
      'han',
      'other',
      'han',
      'han',
      'han',
    ]);
  });

  it('returns nothing for empty text', () => {
    expect(tokenize('')).toEqual([]);
  });
});

describe('findFigures', () => {
  it('finds figures with the units targets use, as written in the seeds', () => {
    expect(findFigures('完成投资600亿元，增长170.5亿元，达到93%，新增1.4万人')).toEqual([
      '600亿元',
      '170.5亿元',
      '93%',
      '1.4万人',
    ]);
  });

  it('does not find a shorter figure inside a longer number', () => {
    expect(findFigures('占比93%')).toEqual(['93%']);
    expect(findFigures('共1600亿元')).toEqual(['1600亿元']);
  });
});

describe('isFigure', () => {
  it.each([
    ['600亿元', true],
    ['3%', true],
    ['600', false],
    ['亿元', false],
    ['600亿元以上', false],
  ])('%s → %s', (text, expected) => {
    expect(isFigure(text)).toBe(expected);
  });
});
