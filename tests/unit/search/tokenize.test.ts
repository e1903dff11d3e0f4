import { describe, expect, it } from 'vitest';
import { findFigures, isFigure, spaceIndexWords, tokenize } from '@/lib/search/tokenize';

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

  it.each([
    ['以5G建设为核心', ['以', '5G', '建', '设', '为', '核', '心']],
    ['建成5G基站600座', ['建', '成', '5G', '基', '站', '600', '座']],
    ['C919大飞机', ['C919', '大', '飞', '机']],
    ['PM2.5浓度下降', ['PM2.5', '浓', '度', '下', '降']],
    ['4K超高清', ['4K', '超', '高', '清']],
    ['3D打印', ['3D', '打', '印']],
    ['G20峰会', ['G20', '峰', '会']],
    ['A股上市', ['A', '股', '上', '市']],
    ['2A级景区', ['2A', '级', '景', '区']],
    ['IPv6规模部署', ['IPv6', '规', '模', '部', '署']],
    ['完成2A+评级', ['完', '成', '2A', '+', '评', '级']],
    ['3.5G频段', ['3.5G', '频', '段']],
  ])('keeps letters and digits written together as one word: %s', (text, words) => {
    expect(tokenize(text).map((token) => token.text)).toEqual(words);
  });

  it('tells digits-only words from words with a letter', () => {
    expect(tokenize('5G 170.5 93% RCEP PM2.5').map((token) => token.kind)).toEqual([
      'latin',
      'number',
      'number',
      'latin',
      'latin',
    ]);
  });

  it('does not join a Latin word to an ASCII full stop that ends it', () => {
    expect(tokenize('RCEP.').map((token) => token.text)).toEqual(['RCEP', '.']);
  });

  it('returns nothing for empty text', () => {
    expect(tokenize('')).toEqual([]);
  });
});

describe('spaceIndexWords', () => {
  it.each([
    ['综保区、自贸区', '综 保 区、 自 贸 区'],
    ['5G基站1.2万个，GDP增长5.3%。', '5G 基 站 1.2 万 个， GDP 增 长 5.3%。'],
    ['“一带一路” RCEP', '“ 一 带 一 路” RCEP'],
    ['', ''],
  ])('spaces %s as tokenize cuts it, punctuation glued to the word before', (text, spaced) => {
    expect(spaceIndexWords(text)).toBe(spaced);
    const joined = tokenize(text)
      .reduce((words, t) => (t.kind === 'other' && words !== '' ? words + t.text : `${words} ${t.text}`), '')
      .trimStart();
    expect(spaceIndexWords(text)).toBe(joined);
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

  it('does not read the digits of a code as a figure', () => {
    expect(findFigures('G20个成员、P3个实验室')).toEqual([]);
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
