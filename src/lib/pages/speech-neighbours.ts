import { compareNewestFirst } from '../dates/newest-first';

/** The parts of a speech that links to it need. */
export interface NeighbourSource {
  slug: string;
  data: { title: string };
  date: { iso: string };
  themes: readonly string[];
}

export interface SpeechNeighbours<T> {
  /** The next speech in time (newer), if any. */
  newer?: T;
  /** The previous speech in time (older), if any. */
  older?: T;
  /** Other speeches sharing the most themes with this one, then the closest in time; none share nothing. */
  related: { speech: T; shared: string[] }[];
}

/** How many related speeches a speech page lists. */
export const MAX_RELATED = 3;

/** Speeches with one set of themes, grouped by year; each year's list in the site's order. */
interface ThemeGroup<T> {
  themes: readonly string[];
  byYear: Map<number, T[]>;
}

/**
 * Previous/next and related speeches for every speech page. `speeches` is the site's order (newest
 * first). The ranking of related speeches: most shared themes, then the closest year, then the
 * site's order.
 *
 * Built once per site and asked once per page: comparing every speech with every other (as one
 * page at a time would) is quadratic, and at 10,000 speeches it cost Astro ≈ 115 CPU s of its
 * 183 (docs/benchmarks.md, 2026-12-04). Speeches are grouped by their set of themes (a handful of
 * sets) and year; within one group and year the order is the site's order alone, so only the first
 * few of each group's nearest years can make the top `MAX_RELATED`.
 */
export function indexNeighbours<T extends NeighbourSource>(
  speeches: readonly T[],
): (slug: string) => SpeechNeighbours<T> {
  const position = new Map(speeches.map((speech, at) => [speech.slug, at]));
  const groups = groupByThemes(speeches);
  return (slug) => {
    const at = position.get(slug);
    const self = at === undefined ? undefined : speeches[at];
    if (at === undefined || self === undefined) return { related: [] };
    const newer = speeches[at - 1];
    const older = speeches[at + 1];
    return { ...(newer && { newer }), ...(older && { older }), related: rankRelated(self, groups) };
  };
}

function groupByThemes<T extends NeighbourSource>(speeches: readonly T[]): ThemeGroup<T>[] {
  const groups = new Map<string, ThemeGroup<T>>();
  for (const speech of [...speeches].sort(compareNewestFirst)) {
    if (speech.themes.length === 0) continue;
    const key = [...speech.themes].sort().join('\n');
    let group = groups.get(key);
    if (group === undefined) groups.set(key, (group = { themes: speech.themes, byYear: new Map() }));
    const year = yearOf(speech.date.iso);
    const list = group.byYear.get(year);
    if (list === undefined) group.byYear.set(year, [speech]);
    else list.push(speech);
  }
  return [...groups.values()];
}

function rankRelated<T extends NeighbourSource>(self: T, groups: readonly ThemeGroup<T>[]) {
  const year = yearOf(self.date.iso);
  const distance = (other: T) => Math.abs(yearOf(other.date.iso) - year);
  const candidates: { speech: T; shared: string[] }[] = [];
  for (const group of groups) {
    const shared = self.themes.filter((theme) => group.themes.includes(theme));
    if (shared.length === 0) continue;
    for (const speech of nearestInGroup(group, year, self.slug)) candidates.push({ speech, shared });
  }
  return candidates
    .sort(
      (a, b) =>
        b.shared.length - a.shared.length ||
        distance(a.speech) - distance(b.speech) ||
        compareNewestFirst(a.speech, b.speech),
    )
    .slice(0, MAX_RELATED);
}

/**
 * The group's speeches that can rank among the first `MAX_RELATED`: years taken nearest first until
 * there are enough, every year at that last distance included, and of each year only its first few.
 */
function nearestInGroup<T extends NeighbourSource>(group: ThemeGroup<T>, year: number, selfSlug: string): T[] {
  const years = [...group.byYear.keys()].sort((a, b) => Math.abs(a - year) - Math.abs(b - year));
  const found: T[] = [];
  let lastDistance = -1;
  for (const candidateYear of years) {
    const distance = Math.abs(candidateYear - year);
    if (found.length >= MAX_RELATED && distance > lastDistance) break;
    lastDistance = distance;
    const inYear = group.byYear.get(candidateYear) ?? [];
    // One more than needed, in case this speech itself is among them.
    const firstFew = inYear.slice(0, MAX_RELATED + 1).filter((speech) => speech.slug !== selfSlug);
    found.push(...firstFew.slice(0, MAX_RELATED));
  }
  return found;
}

function yearOf(iso: string): number {
  return Number(iso.slice(0, 4));
}
