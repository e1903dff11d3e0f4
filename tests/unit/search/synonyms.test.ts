import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expandSynonyms, parseSynonymsText } from '@/lib/search/synonyms';

describe('parseSynonymsText', () => {
  it('reads one group per line, forms separated by = (full-width too), skipping comments and blanks', () => {
    expect(parseSynonymsText('# 注释\n\n规上 = 规模以上\n综保区＝综合保税区 # 海关特殊监管区\n')).toEqual({
      groups: [
        ['规上', '规模以上'],
        ['综保区', '综合保税区'],
      ],
      problems: [],
    });
  });

  it.each([
    ['规上', /只有一个词/],
    ['规上 = ', /两边都要有词/],
    ['规上 = 规模 以上', /中间有空格/],
    ['规上 = 规', /只有一个字/],
  ])('names the file and line of a line it cannot use: %s', (line, message) => {
    const { groups, problems } = parseSynonymsText(`# 第一行\n${line}\n`);
    expect(groups).toEqual([]);
    expect(problems.map(({ file, line }) => `${file}:${line}`)).toEqual(['content/search-synonyms.txt:2']);
    expect(problems[0]?.message).toMatch(message);
  });

  it('refuses a form listed in two groups, naming the line it is already on', () => {
    const { groups, problems } = parseSynonymsText('规上 = 规模以上\n规上 = 规上企业\n');
    expect(groups).toEqual([['规上', '规模以上']]);
    expect(problems.map(({ file, line }) => `${file}:${line}`)).toEqual(['content/search-synonyms.txt:2']);
    expect(problems[0]?.message).toContain('已写在第 1 行');
  });

  it('accepts the file the site ships', () => {
    expect(parseSynonymsText(readFileSync('content/search-synonyms.txt', 'utf8')).problems).toEqual([]);
  });
});

describe('expandSynonyms', () => {
  const groups = [
    ['规上', '规模以上'],
    ['自贸区', '自由贸易试验区', '自贸试验区'],
    ['小巨人企业', '专精特新“小巨人”'],
  ];

  it.each([
    ['规上', ['规模以上']],
    ['规模以上', ['规上']],
    ['规上工业增加值', ['规模以上工业增加值']],
    ['自贸区', ['自由贸易试验区', '自贸试验区']],
    ['小巨人企业', ['专精特新“小巨人”']],
    ['营商环境', []],
  ])('%s → %j', (text, expected) => {
    expect(expandSynonyms(text, groups).map((form) => form.text)).toEqual(expected);
  });
});
