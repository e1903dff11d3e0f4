import { Converter } from 'opencc-js/cn2t';
import { describe, expect, it } from 'vitest';
import { createSearchDictionary } from '@/lib/search/dictionary';
import { renderIndexDocument, type SearchRecord } from '@/lib/search/index-document';
import { prepareQuery } from '@/lib/search/query';
import { renderResult } from '@/lib/search/render-result';
import {
  buildExcerpt,
  cleanIndexedText,
  containsQuery,
  foldText,
  learnFolding,
  readAnchors,
} from '@/lib/search/results';
import { toSimplified } from '@/lib/search/simplify';

// Test data: a seed paragraph (2022 district report) turned into Traditional by OpenCC, as text
// pasted from a Hong Kong or Taiwan source would be.
const SIMPLIFIED = '持续优化营商环境，推动综保区顺利通过国家验收，项目建设完成投资600亿元。';
const TRADITIONAL = Converter({ from: 'cn', to: 't' })(SIMPLIFIED);
const dictionary = createSearchDictionary(['综保区', '营商环境']);
const synonyms = [['综保区', '综合保税区']];

const record: SearchRecord = {
  url: '/speeches/fanti/',
  title: Converter({ from: 'cn', to: 't' })('在高新区调研时的讲话'),
  date: '2019',
  dateLabel: '2019年',
  year: '2019',
  kind: '调研讲话',
  themes: [],
  blocks: [{ type: 'paragraph', index: 1, id: 'p-1', text: TRADITIONAL, html: '', headingPath: [] }],
};

/**
 * What Pagefind hands back for the document, as Pagefind 1.6 builds it: the text content (its words
 * one space apart) and each element with an id at the word position where it starts, its text
 * empty for the empty marks the index uses; then the anchors' text read back as the worker does.
 */
function indexed(html: string): {
  content: string;
  anchors: { element: string; id: string; text: string; location: number }[];
} {
  const body = /<body[^>]*>([\s\S]*)<\/body>/.exec(html)![1]!;
  const words: string[] = [];
  const anchors: { element: string; id: string; text: string; location: number }[] = [];
  for (const piece of body.split(/(<span id="[^"]+"><\/span>)/)) {
    const mark = /^<span id="([^"]+)"><\/span>$/.exec(piece);
    if (mark) anchors.push({ element: 'span', id: mark[1]!, text: '', location: words.length });
    else
      words.push(
        ...piece
          .replace(/<[^>]+>/g, ' ')
          .split(/\s+/)
          .filter((word) => word !== ''),
      );
  }
  const content = words.join(' ');
  return { content, anchors: readAnchors(content, anchors) };
}

describe('a speech written in Traditional characters', () => {
  const html = renderIndexDocument(record, dictionary);
  const { content, anchors } = indexed(html);
  const folding = learnFolding(anchors);
  const page = foldText(cleanIndexedText(content), folding);

  it('keeps its text as written and indexes a Simplified copy of each block after the terms', () => {
    expect(TRADITIONAL).toContain('營商環境');
    expect(html).toContain('<p><span id="p-1"></span>持 續 優 化 營 商 環 境');
    expect(html).toContain('<p><span id="s-p-1"></span>持 续 优 化 营 商 环 境');
    expect(html).toContain('<h1><span id="s-title"></span>');
  });

  it('reads its policy terms from the Simplified form', () => {
    expect(html).toMatch(/⁂ [^<]*营商环境[^<]*综保区/);
  });

  it('is found by a Simplified query, and by a Traditional one', () => {
    expect(page.text).toBe(`${record.title}${TRADITIONAL}`);
    expect(containsQuery(page, prepareQuery('营商环境', { dictionary }))).toBe(true);
    expect(containsQuery(page, prepareQuery('營商環境', { dictionary, simplify: toSimplified }))).toBe(true);
    expect(containsQuery(page, prepareQuery('综合保税区', { dictionary, synonyms }))).toBe(true);
  });

  it('marks the words as written in the excerpt', () => {
    const pieces = buildExcerpt(page, prepareQuery('营商环境 综保区', { dictionary }));
    expect(pieces.filter((piece) => piece.mark).map((piece) => piece.text)).toEqual(['營商環境', '綜保區']);
  });

  it('says on the result how the page writes what a Simplified query found', () => {
    const query = prepareQuery('营商环境', { dictionary });
    const data = { url: record.url, content, meta: {}, filters: {}, anchors };
    expect(renderResult(data, page, folding, query).matchedForms).toEqual(['營商環境']);
  });

  it('links the title to the words as written', () => {
    const result = renderResult(
      { url: record.url, content, meta: { title: record.title }, filters: {}, anchors },
      page,
      folding,
      prepareQuery('营商环境', { dictionary }),
    );
    expect(decodeURIComponent(result.href)).toBe('/speeches/fanti/#:~:text=營商環境');
    expect(result.subResults.map((sub) => sub.href)).toEqual(['/speeches/fanti/#p-1']);
  });
});

describe('a speech written in Simplified characters', () => {
  const simplifiedRecord = {
    ...record,
    title: '在高新区调研时的讲话',
    blocks: [{ ...record.blocks[0]!, text: SIMPLIFIED }],
  };
  const html = renderIndexDocument(simplifiedRecord, dictionary);

  it('has no copies and no title id: nothing is added for it', () => {
    expect(html).not.toContain('id="s-');
    expect(html).not.toContain('id="title"');
    expect(learnFolding(indexed(html).anchors).size).toBe(0);
  });

  it('is found by a Traditional query, and does not repeat the Simplified form on every result', () => {
    const { content, anchors } = indexed(html);
    const page = foldText(cleanIndexedText(content), new Map());
    const query = prepareQuery('營商環境', { dictionary, simplify: toSimplified });
    const result = renderResult(
      { url: '/speeches/x/', content, meta: {}, filters: {}, anchors },
      page,
      new Map(),
      query,
    );
    expect(result.matchedForms).toEqual([]);
    expect(containsQuery(page, prepareQuery('營商環境', { dictionary, simplify: toSimplified }))).toBe(true);
    expect(containsQuery(page, prepareQuery('"營商環境"', { dictionary, simplify: toSimplified }))).toBe(false);
  });
});

describe('a page found by another name', () => {
  it('says which name it holds, and marks it', () => {
    const text = '推动综合保税区封关运营';
    const query = prepareQuery('综保区', { dictionary, synonyms });
    const result = renderResult(
      { url: '/speeches/x/', content: text, meta: {}, filters: {}, anchors: [] },
      foldText(text, new Map()),
      new Map(),
      query,
    );
    expect(result.matchedForms).toEqual(['综合保税区']);
    expect(result.excerpt.filter((piece) => piece.mark).map((piece) => piece.text)).toEqual(['综合保税区']);
  });
});
