import { describe, expect, it } from 'vitest';
import { scoreQuery, summarizeQuality } from '@/lib/search/quality';

describe('scoreQuery', () => {
  it('counts relevant results and flags an irrelevant one above a relevant one', () => {
    expect(scoreQuery({ query: '综保区', shown: ['/b/', '/a/', '/c/'], relevant: new Set(['/a/', '/c/']) })).toEqual({
      query: '综保区',
      shown: 3,
      relevant: 2,
      relevantShown: 2,
      misranked: true,
    });
  });

  it('does not flag irrelevant results listed after every relevant one', () => {
    expect(scoreQuery({ query: '综保区', shown: ['/a/', '/b/'], relevant: new Set(['/a/']) }).misranked).toBe(false);
  });

  it('flags a page found by another name listed above a page with what was typed', () => {
    const outcome = { query: '综保区', relevant: new Set(['/a/', '/b/']), preferred: new Set(['/a/']) };
    expect(scoreQuery({ ...outcome, shown: ['/b/', '/a/'] }).misranked).toBe(true);
    expect(scoreQuery({ ...outcome, shown: ['/a/', '/b/'] }).misranked).toBe(false);
  });
});

describe('summarizeQuality', () => {
  it('micro-averages precision and recall over the queries', () => {
    const summary = summarizeQuality([
      { query: '综保区', shown: ['/a/', '/b/'], relevant: new Set(['/a/']) },
      { query: '999亿元', shown: [], relevant: new Set() },
      { query: '营商环境', shown: ['/a/'], relevant: new Set(['/a/', '/c/']) },
    ]);
    expect(summary.precision).toBeCloseTo(2 / 3);
    expect(summary.recall).toBeCloseTo(2 / 3);
    expect(summary.misranked).toEqual([]);
  });

  it('scores an empty run as perfect rather than dividing by zero', () => {
    expect(summarizeQuality([])).toMatchObject({ precision: 1, recall: 1 });
  });
});
