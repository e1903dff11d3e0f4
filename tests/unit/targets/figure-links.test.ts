import { describe, expect, it } from 'vitest';
import { linkFiguresToParagraphs } from '@/lib/targets/figure-links';
import type { PublishedTarget } from '@/lib/targets/publish';

// Only the fields the links read; the rest of a published record does not matter here.
const record = (anchor: string, stated: string) => ({ anchor, stated }) as unknown as PublishedTarget;

describe('linkFiguresToParagraphs', () => {
  it('numbers the rows in reading order and gives each paragraph the figures of its sentences', () => {
    const a = record('p-3-s1', '600亿元');
    const b = record('p-3-s2', '30个');
    const c = record('p-7-s1', '8%左右');
    const { rowIds, byParagraph } = linkFiguresToParagraphs([a, b, c]);
    expect([...rowIds.values()]).toEqual(['figure-1', 'figure-2', 'figure-3']);
    expect(byParagraph.get('p-3')?.map((link) => link.rowId)).toEqual(['figure-1', 'figure-2']);
    expect(byParagraph.get('p-7')?.map((link) => link.record.stated)).toEqual(['8%左右']);
    expect(byParagraph.has('p-5')).toBe(false);
  });

  it('gives a row but no paragraph link to a figure anchored at a heading', () => {
    const { rowIds, byParagraph } = linkFiguresToParagraphs([record('h-2', '3个')]);
    expect(rowIds.size).toBe(1);
    expect(byParagraph.size).toBe(0);
  });
});
