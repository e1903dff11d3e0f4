import { describe, expect, it } from 'vitest';
import { findNeighbours } from '@/lib/pages/speech-neighbours';

const speech = (slug: string, iso: string, themes: string[]) => ({
  slug,
  data: { title: slug },
  date: { iso },
  themes,
});
// Newest first, as the site orders them.
const speeches = [
  speech('d', '2024-08-21', ['projects', 'innovation']),
  speech('c', '2022-04', ['projects', 'opening-up']),
  speech('b', '2022', ['innovation']),
  speech('a', '2019', ['projects', 'innovation', 'opening-up']),
];

describe('findNeighbours', () => {
  it('gives the newer and the older speech', () => {
    const { newer, older } = findNeighbours(speeches, 'c');
    expect([newer?.slug, older?.slug]).toEqual(['d', 'b']);
  });

  it('has no newer speech for the newest and no older for the oldest', () => {
    expect(findNeighbours(speeches, 'd').newer).toBeUndefined();
    expect(findNeighbours(speeches, 'a').older).toBeUndefined();
  });

  it('ranks related speeches by shared themes, then closeness in time, leaving out those sharing none', () => {
    const { related } = findNeighbours(speeches, 'a');
    expect(related.map((r) => [r.speech.slug, r.shared])).toEqual([
      ['c', ['projects', 'opening-up']],
      ['d', ['projects', 'innovation']],
      ['b', ['innovation']],
    ]);
    expect(findNeighbours([speech('x', '2020', []), ...speeches], 'x').related).toEqual([]);
  });

  it('returns nothing for an unknown slug', () => {
    expect(findNeighbours(speeches, 'zz')).toEqual({ related: [] });
  });
});
