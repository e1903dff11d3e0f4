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

/**
 * Previous/next and related speeches for the speech page. `speeches` is the site's order (newest
 * first); `slug` must be one of them.
 */
export function findNeighbours<T extends NeighbourSource>(speeches: readonly T[], slug: string): SpeechNeighbours<T> {
  const at = speeches.findIndex((speech) => speech.slug === slug);
  const self = speeches[at];
  if (self === undefined) return { related: [] };
  const newer = speeches[at - 1];
  const older = speeches[at + 1];
  const distance = (other: T) => Math.abs(yearOf(other.date.iso) - yearOf(self.date.iso));
  const related = speeches
    .filter((other) => other.slug !== slug)
    .map((speech) => ({ speech, shared: self.themes.filter((theme) => speech.themes.includes(theme)) }))
    .filter((candidate) => candidate.shared.length > 0)
    .sort(
      (a, b) =>
        b.shared.length - a.shared.length ||
        distance(a.speech) - distance(b.speech) ||
        compareNewestFirst(a.speech, b.speech),
    )
    .slice(0, MAX_RELATED);
  return { ...(newer && { newer }), ...(older && { older }), related };
}

function yearOf(iso: string): number {
  return Number(iso.slice(0, 4));
}
