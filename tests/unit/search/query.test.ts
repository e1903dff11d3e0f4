import { describe, expect, it } from 'vitest';
import { createSearchDictionary } from '@/lib/search/dictionary';
import { otherForms, prepareQuery, quoteExample } from '@/lib/search/query';
import { toSimplified } from '@/lib/search/simplify';

const dictionary = createSearchDictionary(['综保区', '综合保税区', '专精特新', '营商环境', 'GDP']);
const synonyms = [
  ['规上', '规模以上'],
  ['综保区', '综合保税区'],
  ['小巨人企业', '专精特新“小巨人”'],
];

/** The Pagefind searches of each part, typed form first. */
const asked = (typed: string) =>
  prepareQuery(typed, { dictionary, synonyms, simplify: toSimplified }).parts.map((part) =>
    part.forms.map((form) => form.pagefindQuery),
  );

describe('prepareQuery', () => {
  it('asks for a dictionary term as one exact word', () => {
    expect(prepareQuery('专精特新', { dictionary }).parts).toEqual([
      { text: '专精特新', exact: false, forms: [{ text: '专精特新', pagefindQuery: '"专精特新"', via: 'typed' }] },
    ]);
  });

  it('asks for other text as an exact phrase of single characters', () => {
    expect(asked('风口产业')).toEqual([['"风 口 产 业"']]);
  });

  it('asks for a figure with its unit as one word, so 999亿元 cannot fall back to 亿 or 元', () => {
    expect(asked('999亿元')).toEqual([['"999亿元"', '"99900000000元"']]);
  });

  it('normalizes full-width forms the same way as the pages', () => {
    expect(prepareQuery('３％', { dictionary }).parts[0]?.text).toBe('3%');
    expect(asked('ＧＤＰ')).toEqual([['"GDP"']]);
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
    expect(asked(typed)).toEqual([[pagefindQuery]]);
  });

  it('splits on spaces into parts that must all match, dropping duplicates', () => {
    const query = prepareQuery(' 专精特新　营商环境 专精特新 ', { dictionary });
    expect(query.text).toBe('专精特新 营商环境');
    expect(query.parts.map((part) => part.text)).toEqual(['专精特新', '营商环境']);
  });

  it('ignores punctuation around a term', () => {
    expect(prepareQuery('专精特新，', { dictionary }).parts.map((part) => part.text)).toEqual(['专精特新']);
  });

  it('keeps punctuation inside a phrase in the text to match but not in the Pagefind phrase', () => {
    expect(prepareQuery('综保区、自贸区', { dictionary }).parts[0]?.forms[0]).toEqual({
      text: '综保区、自贸区',
      pagefindQuery: '"综 保 区 自 贸 区"',
      via: 'typed',
    });
  });

  it('has no parts for an empty or punctuation-only query', () => {
    expect(prepareQuery('  ', { dictionary }).parts).toEqual([]);
    expect(prepareQuery('，。', { dictionary }).parts).toEqual([]);
  });
});

describe('prepareQuery with synonyms', () => {
  it('searches the full name for a short name, and the short name for a full name', () => {
    expect(asked('综保区')).toEqual([['"综保区"', '"综合保税区"']]);
    expect(asked('规模以上')).toEqual([['"规 模 以 上"', '"规 上"']]);
  });

  it('swaps a short name inside a longer word', () => {
    expect(prepareQuery('规上企业', { dictionary, synonyms }).parts[0]?.forms.map((form) => form.text)).toEqual([
      '规上企业',
      '规模以上企业',
    ]);
  });

  it('keeps the quotes of a form from the synonyms file in the text to match', () => {
    expect(prepareQuery('小巨人企业', { dictionary, synonyms }).parts[0]?.forms.map((form) => form.text)).toEqual([
      '小巨人企业',
      '专精特新“小巨人”',
    ]);
  });

  it.each(['"规上"', '“规上”', '「规上」'])('searches only the form typed when it is quoted: %s', (typed) => {
    const [part] = prepareQuery(typed, { dictionary, synonyms }).parts;
    expect(part).toMatchObject({ text: '规上', exact: true });
    expect(part?.forms.map((form) => form.text)).toEqual(['规上']);
  });

  it('quotes one part and expands the other', () => {
    expect(asked('"规上" 综保区')).toEqual([['"规 上"'], ['"综保区"', '"综合保税区"']]);
  });

  it('gives the first part searched in other forms as the example of quoting', () => {
    expect(quoteExample(prepareQuery('营商环境 综保区', { dictionary, synonyms }))).toBe('综保区');
    expect(quoteExample(prepareQuery('营商环境', { dictionary, synonyms }))).toBeUndefined();
  });

  it('lists the forms searched beyond those typed', () => {
    expect(otherForms(prepareQuery('综保区 规上', { dictionary, synonyms }))).toEqual(['综合保税区', '规模以上']);
    expect(otherForms(prepareQuery('"综保区"', { dictionary, synonyms }))).toEqual([]);
  });
});

describe('prepareQuery with figures', () => {
  it.each([
    ['1.2万人', ['1.2万人', '12000人']],
    ['12000人', ['12000人']],
    ['百分之五', ['百分之五', '5%']],
    ['5%', ['5%']],
    ['600亿元', ['600亿元', '60000000000元']],
  ])('also searches %s by its value in the base unit', (typed, forms) => {
    const [part] = prepareQuery(typed, { dictionary }).parts;
    expect(part?.forms.map((form) => form.text)).toEqual(forms);
    expect(new Set(part?.forms.map((form) => form.figure))).toEqual(new Set([forms.at(-1)]));
  });

  it("does not announce a figure's value key as another form", () => {
    expect(otherForms(prepareQuery('1.2万人', { dictionary }))).toEqual([]);
  });

  it('searches a quoted figure as typed only', () => {
    expect(prepareQuery('"1.2万人"', { dictionary }).parts[0]?.forms.map((form) => form.text)).toEqual(['1.2万人']);
  });
});

describe('prepareQuery with Traditional characters', () => {
  it.each([
    ['營商環境', '营商环境'],
    ['創新驅動', '创新驱动'],
    ['項目建設', '项目建设'],
    ['綜合保稅區', '综合保税区'],
  ])('also searches %s in Simplified', (typed, simplified) => {
    const forms = prepareQuery(typed, { dictionary, synonyms, simplify: toSimplified }).parts[0]?.forms;
    expect(forms?.map((form) => [form.text, form.via])).toContainEqual([simplified, 'simplified']);
    expect(forms?.[0]?.text).toBe(typed);
  });

  it('also searches the synonyms of the Simplified form', () => {
    expect(asked('綜保區')).toEqual([['"綜 保 區"', '"综保区"', '"综合保税区"']]);
  });

  it('searches a Simplified query as typed only', () => {
    expect(asked('营商环境')).toEqual([['"营商环境"']]);
  });
});
