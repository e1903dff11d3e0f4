import { describe, expect, it } from 'vitest';
import { indexNeighbours, MAX_RELATED, type NeighbourSource } from '@/lib/pages/speech-neighbours';
import { compareNewestFirst } from '@/lib/dates/newest-first';

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

/** The ranking as its definition states it: every other speech compared with this one. */
function relatedByDefinition<T extends NeighbourSource>(all: readonly T[], self: T) {
  const year = (s: T) => Number(s.date.iso.slice(0, 4));
  const distance = (other: T) => Math.abs(year(other) - year(self));
  return all
    .filter((other) => other.slug !== self.slug)
    .map((other) => ({ speech: other, shared: self.themes.filter((theme) => other.themes.includes(theme)) }))
    .filter((candidate) => candidate.shared.length > 0)
    .sort(
      (a, b) =>
        b.shared.length - a.shared.length ||
        distance(a.speech) - distance(b.speech) ||
        compareNewestFirst(a.speech, b.speech),
    )
    .slice(0, MAX_RELATED);
}

/** A deterministic pseudo-random archive (test data): few theme sets, many speeches per year. */
function randomArchive(count: number, seed: number) {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const themes = ['opening-up', 'innovation', 'business', 'projects'];
  const archive = Array.from({ length: count }, (_, i) => {
    const year = 2015 + Math.floor(next() * 10);
    const precision = next();
    const iso =
      precision < 0.1
        ? `${year}`
        : precision < 0.2
          ? `${year}-0${1 + Math.floor(next() * 9)}`
          : `${year}-0${1 + Math.floor(next() * 9)}-1${Math.floor(next() * 10)}`;
    return speech(
      `s${i}`,
      iso,
      themes.filter(() => next() < 0.4),
    );
  });
  return archive.sort(compareNewestFirst);
}

describe('indexNeighbours', () => {
  const neighbours = indexNeighbours(speeches);

  it('gives the newer and the older speech', () => {
    const { newer, older } = neighbours('c');
    expect([newer?.slug, older?.slug]).toEqual(['d', 'b']);
  });

  it('has no newer speech for the newest and no older for the oldest', () => {
    expect(neighbours('d').newer).toBeUndefined();
    expect(neighbours('a').older).toBeUndefined();
  });

  it('ranks related speeches by shared themes, then closeness in time, leaving out those sharing none', () => {
    expect(neighbours('a').related.map((r) => [r.speech.slug, r.shared])).toEqual([
      ['c', ['projects', 'opening-up']],
      ['d', ['projects', 'innovation']],
      ['b', ['innovation']],
    ]);
    expect(indexNeighbours([speech('x', '2020', []), ...speeches])('x').related).toEqual([]);
  });

  it('returns nothing for an unknown slug', () => {
    expect(neighbours('zz')).toEqual({ related: [] });
  });

  it.each([
    [40, 1],
    [400, 2],
    [2000, 3],
  ])('ranks exactly as comparing every pair would, on %i generated speeches', (count, seed) => {
    const archive = randomArchive(count, seed);
    const fast = indexNeighbours(archive);
    for (const self of archive) {
      expect(fast(self.slug).related).toEqual(relatedByDefinition(archive, self));
    }
  });
});
