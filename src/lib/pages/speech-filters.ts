import { compareYearsNewestFirst } from '../dates/newest-first';
import { speechFilterUrl } from './urls';

/** The parts of a speech the index and its filters need. */
export interface FilterableSpeech {
  date: { year: number };
  themes: readonly string[];
}

/** A static filter page of the speech index: all speeches, one theme, one year, or both. */
export interface SpeechFilter<S extends FilterableSpeech> {
  theme?: string;
  year?: number;
  /** Matching speeches, in the order given (newest first). */
  speeches: S[];
}

/**
 * Every filter combination that has speeches, plus the unfiltered index (always present, even
 * when empty). One static page each, so filtering works with plain links and no JavaScript.
 */
export function listSpeechFilters<S extends FilterableSpeech>(
  speeches: readonly S[],
  themeOrder: readonly string[],
): SpeechFilter<S>[] {
  const years = listYears(speeches);
  const filters: SpeechFilter<S>[] = [{ speeches: [...speeches] }];
  for (const year of years) filters.push({ year, speeches: speeches.filter((s) => s.date.year === year) });
  for (const theme of themeOrder) {
    const withTheme = speeches.filter((s) => s.themes.includes(theme));
    if (withTheme.length === 0) continue;
    filters.push({ theme, speeches: withTheme });
    for (const year of listYears(withTheme)) {
      filters.push({ theme, year, speeches: withTheme.filter((s) => s.date.year === year) });
    }
  }
  return filters;
}

/** Years that have speeches, newest first. */
export function listYears(speeches: readonly FilterableSpeech[]): number[] {
  return [...new Set(speeches.map((s) => s.date.year))].sort(compareYearsNewestFirst);
}

export interface FilterLink {
  /** Theme slug or year; `undefined` is “全部”. */
  value: string | number | undefined;
  href: string;
  /** This link is the page being shown. */
  current: boolean;
}

/**
 * The theme and year links shown on one filter page. Every link points at a page that exists:
 * choosing a theme keeps the chosen year when that theme has speeches in it, and falls back to
 * the theme across all years when it has none; the year row offers only years with speeches.
 */
export function buildFilterLinks(
  filters: readonly SpeechFilter<FilterableSpeech>[],
  current: { theme?: string | undefined; year?: number | undefined },
): { themes: FilterLink[]; years: FilterLink[] } {
  const existing = new Set(filters.map(speechFilterUrl));
  const here = speechFilterUrl(current);
  const link = (value: string | number | undefined, href: string): FilterLink => ({
    value,
    href,
    current: href === here,
  });

  const themes = [...new Set(filters.flatMap((f) => (f.theme === undefined ? [] : [f.theme])))];
  const themeLinks = [
    link(undefined, speechFilterUrl({ year: current.year })),
    ...themes.map((theme) => {
      const withYear = speechFilterUrl({ theme, year: current.year });
      return link(theme, existing.has(withYear) ? withYear : speechFilterUrl({ theme }));
    }),
  ];
  const years = filters
    .filter((f) => f.theme === current.theme && f.year !== undefined)
    .map((f) => f.year as number)
    .sort(compareYearsNewestFirst);
  const yearLinks = [
    link(undefined, speechFilterUrl({ theme: current.theme })),
    ...years.map((year) => link(year, speechFilterUrl({ theme: current.theme, year }))),
  ];
  return { themes: themeLinks, years: yearLinks };
}
