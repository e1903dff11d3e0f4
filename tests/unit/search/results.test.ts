import { describe, expect, it } from 'vitest';
import { createSearchDictionary } from '@/lib/search/dictionary';
import { toIndexWords } from '@/lib/search/index-document';
import { TERMS_MARKER } from '@/lib/search/index-format';
import { prepareQuery } from '@/lib/search/query';
import { renderResult } from '@/lib/search/render-result';
import {
  buildExcerpt,
  cleanIndexedText,
  containsQuery,
  findVerbatim,
  foldText,
  pickSubResults,
  readAnchors,
  textFragmentHref,
} from '@/lib/search/results';

const dictionary = createSearchDictionary(['综保区', '高新技术企业']);
// From the 2022 district report (seed 003).
const PARAGRAPH = '推动开放向更高水平迈进，综保区顺利通过国家验收，GDP增长7.9%，完成投资600亿元。';

describe('cleanIndexedText', () => {
  it('gives back the text as written from its index words', () => {
    expect(cleanIndexedText(toIndexWords(PARAGRAPH))).toBe(PARAGRAPH);
  });

  it('drops the full stop Pagefind puts after each heading and paragraph', () => {
    expect(cleanIndexedText('报 告. 同 志 们： GDP 增 长 7.9%')).toBe('报告同志们：GDP增长7.9%');
  });

  it('drops the appended terms', () => {
    expect(cleanIndexedText(`${toIndexWords('综保区建设')} ${TERMS_MARKER} 综保区`)).toBe('综保区建设');
  });

  it.each(['以5G建设为核心', '建成5G基站600座', 'PM2.5浓度', 'IPv6和5G网络', 'A股上市企业', '完成2A+评级'])(
    'gives back mixed letters and digits as written: %s',
    (text) => {
      expect(cleanIndexedText(toIndexWords(text))).toBe(text);
    },
  );

  it('keeps one space between two Latin words or numbers', () => {
    expect(cleanIndexedText(toIndexWords('Made in China 2025'))).toBe('Made in China 2025');
  });
});

describe('findVerbatim', () => {
  it('finds every occurrence', () => {
    expect(findVerbatim('综保区、自贸区、综保区', '综保区')).toEqual([0, 8]);
  });

  it('does not find a figure inside a longer number', () => {
    expect(findVerbatim('达到93%', '3%')).toEqual([]);
    expect(findVerbatim('增长6.3%', '3%')).toEqual([]);
    expect(findVerbatim('共1600亿元', '600亿元')).toEqual([]);
    expect(findVerbatim('600亿元', '60')).toEqual([]);
    expect(findVerbatim('达到3%', '3%')).toEqual([2]);
  });

  it('finds a word of letters and digits only where it stands whole', () => {
    expect(findVerbatim('以5G建设为核心', '5G')).toEqual([1]);
    expect(findVerbatim('“5G+互联网”', '5g')).toEqual([1]);
    expect(findVerbatim('45G', '5G')).toEqual([]);
    expect(findVerbatim('5GB', '5G')).toEqual([]);
    expect(findVerbatim('完成2A+评级', 'A+')).toEqual([]);
    expect(findVerbatim('GDPR', 'GDP')).toEqual([]);
    expect(findVerbatim('PM2.5浓度', 'PM2')).toEqual([]);
  });

  it('ignores the case of Latin letters', () => {
    expect(findVerbatim('GDP增长', 'gdp')).toEqual([0]);
  });

  it('finds nothing for an empty needle', () => {
    expect(findVerbatim('综保区', '')).toEqual([]);
  });
});

describe('containsQuery', () => {
  it('needs every part of the query', () => {
    expect(containsQuery(PARAGRAPH, prepareQuery('综保区 600亿元', { dictionary }))).toBe(true);
    expect(containsQuery(PARAGRAPH, prepareQuery('综保区 999亿元', { dictionary }))).toBe(false);
  });

  it('is false for a query with nothing to search', () => {
    expect(containsQuery(PARAGRAPH, prepareQuery('，', { dictionary }))).toBe(false);
  });
});

describe('containsQuery with figures', () => {
  it.each([
    ['12000人', '城镇新增就业1.2万人'],
    ['1.2万人', '城镇新增就业12000人'],
    ['14000人', '城镇新增就业1.4万人'],
    ['30000人', '新增就业近3万人'],
    ['5%', '研发投入增长百分之五'],
    ['百分之五', '研发经费投入强度达到5%'],
    ['百分之十五点五', '增速15.5%'],
  ])('finds %s where the page states the same figure: %s', (typed, text) => {
    expect(containsQuery(text, prepareQuery(typed, { dictionary }))).toBe(true);
  });

  it.each([
    ['3%', '达到93%'],
    ['5%', '增长百分之五十'],
    ['5%', '增长5.5%'],
    ['12000人', '新增1.2万户'],
    ['百分之五', '增长15%'],
  ])('does not find %s in a different figure: %s', (typed, text) => {
    expect(containsQuery(text, prepareQuery(typed, { dictionary }))).toBe(false);
  });

  it('says how the page writes the figure', () => {
    const text = '城镇新增就业1.2万人';
    const result = renderResult(
      { url: '/speeches/x/', content: text, meta: {}, filters: {}, anchors: [] },
      foldText(text, new Map()),
      new Map(),
      prepareQuery('12000人', { dictionary }),
    );
    expect(result.matchedForms).toEqual(['1.2万人']);
  });

  it('marks the figure as the page writes it', () => {
    const pieces = buildExcerpt('城镇新增就业1.2万人', prepareQuery('12000人', { dictionary }));
    expect(pieces.filter((piece) => piece.mark).map((piece) => piece.text)).toEqual(['1.2万人']);
  });
});

describe('buildExcerpt', () => {
  it('marks each occurrence inside the excerpt, as pieces rather than HTML', () => {
    const pieces = buildExcerpt('要高度重视综保区建设，推动综保区封关运营', prepareQuery('综保区', { dictionary }), 40);
    expect(pieces.filter((piece) => piece.mark).map((piece) => piece.text)).toEqual(['综保区', '综保区']);
    expect(pieces.map((piece) => piece.text).join('')).toBe('要高度重视综保区建设，推动综保区封关运营');
  });

  it('starts shortly before the first occurrence in a long text, with ellipses', () => {
    const text = `${'前'.repeat(100)}综保区${'后'.repeat(100)}`;
    const pieces = buildExcerpt(text, prepareQuery('综保区', { dictionary }), 30);
    expect(pieces[0]).toEqual({ text: '…', mark: false });
    expect(pieces.at(-1)).toEqual({ text: '…', mark: false });
    expect(pieces.map((piece) => piece.text).join('')).toHaveLength(32);
  });
});

describe('pickSubResults', () => {
  const anchors = [
    { id: 'speech-title', text: toIndexWords('综保区') },
    { id: 'h-1', text: toIndexWords('一、充分肯定成绩') },
    { id: 'p-1', text: toIndexWords('今年以来，高新技术企业达到120家。') },
    { id: 'p-2', text: toIndexWords(PARAGRAPH) },
  ];

  it('links the paragraphs that contain the query by their anchor', () => {
    const subResults = pickSubResults('/speeches/quwei/', anchors, prepareQuery('综保区', { dictionary }));
    expect(subResults.map((sub) => sub.id)).toEqual(['p-2']);
    expect(subResults[0]!.href).toBe('/speeches/quwei/#p-2');
  });

  it('lists a paragraph that contains any part of the query, up to the limit', () => {
    const query = prepareQuery('高新技术企业 综保区', { dictionary });
    expect(pickSubResults('/x/', anchors, query).map((sub) => sub.id)).toEqual(['p-1', 'p-2']);
    expect(pickSubResults('/x/', anchors, query, 1).map((sub) => sub.id)).toEqual(['p-1']);
  });
});

describe('readAnchors', () => {
  // Content and anchors as Pagefind 1.6 writes them for index-document.ts's empty marks (checked on
  // a real index: tests/build/search-index.test.ts).
  const content = `报 告. 同 志 们： 一、 成 绩. 综 保 区 通 过 验 收。 ${TERMS_MARKER} 综保区 综 保 区.`;
  const anchor = (id: string, location: number, text = '') => ({ element: 'span', id, text, location });

  it.each([
    ['a paragraph runs to the next anchor', anchor('p-1', 2), '同 志 们：'],
    ['a heading runs to the next anchor', anchor('h-1', 5), '一、 成 绩.'],
    ['the last paragraph stops at the appended terms', anchor('p-2', 8), '综 保 区 通 过 验 收。'],
    ['a Simplified copy after the terms runs to the end', anchor('s-p-2', 17), '综 保 区.'],
    ['an anchor with its own text (an older index) keeps it', anchor('p-9', 2, '旧 文 本'), '旧 文 本'],
  ])('%s', (_, target, text) => {
    const all = [anchor('p-1', 2), anchor('h-1', 5), anchor('p-2', 8), anchor('s-p-2', 17)];
    const read = readAnchors(content, [...all.filter((a) => a.id !== target.id), target]);
    expect(read.find((a) => a.id === target.id)).toEqual({ ...target, text });
  });
});

describe('textFragmentHref', () => {
  it('escapes the characters that are syntax in a text directive', () => {
    expect(textFragmentHref('/s/', 'A-B,C')).toBe('/s/#:~:text=A%2DB%2CC');
  });

  it('links to the page, never to an anchor, which Chromium would then ignore', () => {
    expect(textFragmentHref('/s/', 'GDP')).toBe('/s/#:~:text=GDP');
  });
});
