import { describe, expect, it } from 'vitest';
import { intersectById, orderByRelevance, sumScores, unionById } from '@/lib/search/rank';

const page = (id: string) => ({ id });

describe('orderByRelevance', () => {
  it('puts the pages with what was typed first, then orders by score, then as Pagefind listed them', () => {
    const exact = ['a', 'b', 'c', 'd'].map(page);
    const scores = new Map([
      ['a', 1],
      ['b', 5],
      ['c', 3],
      ['d', 3],
    ]);
    expect(orderByRelevance(exact, scores, new Set(['c', 'd', 'a'])).map((p) => p.id)).toEqual(['c', 'd', 'a', 'b']);
  });
});

describe('sumScores', () => {
  it('adds the scores of several searches by page', () => {
    expect(
      sumScores([
        [{ id: 'a', score: 1 }],
        [
          { id: 'a', score: 2 },
          { id: 'b', score: 1 },
        ],
      ]),
    ).toEqual(
      new Map([
        ['a', 3],
        ['b', 1],
      ]),
    );
  });
});

describe('intersectById and unionById', () => {
  it('keeps the pages in every list, in the first list order', () => {
    expect(intersectById([['a', 'b', 'c'].map(page), ['c', 'a'].map(page)]).map((p) => p.id)).toEqual(['a', 'c']);
  });

  it('keeps every page once, in order of first appearance', () => {
    expect(unionById([['a', 'b'].map(page), ['c', 'a'].map(page)]).map((p) => p.id)).toEqual(['a', 'b', 'c']);
  });
});
