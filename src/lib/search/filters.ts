/**
 * The search filters (theme, year, kind, organization): which values a speech has, and how many
 * speeches have each value. The index build writes the former as Pagefind filters; the search page
 * renders the latter at build time, so its filter lists are in the HTML and do not shift the page
 * when the script loads. Both read the values from here, so the page and the index always agree.
 */
import { compareYearsNewestFirst } from '../dates/newest-first';
import type { Theme } from '../schemas/theme';
import { compareCodes } from '../text/compare';
import type { Speech } from '../speech/analyze-speech';

export type SearchFilterName = 'theme' | 'year' | 'kind' | 'organization';

/** The filter groups in the order the search page shows them, with their headings. */
export const SEARCH_FILTER_GROUPS = [
  { name: 'theme', label: '主题' },
  { name: 'year', label: '年份' },
  { name: 'kind', label: '文种' },
  { name: 'organization', label: '发布机构' },
] as const satisfies readonly { name: SearchFilterName; label: string }[];

export type SearchFilterLabel = (typeof SEARCH_FILTER_GROUPS)[number]['label'];

/** The parts of a speech the filters need; {@link speechFilterSource} takes them from a speech. */
export interface SearchFilterSource {
  /** `2019`; a number is accepted as the pages' parsed dates carry it, and written as text. */
  year: string | number;
  kind: string;
  organization?: string | undefined;
  /** Theme names (开放, 创新 …), not slugs: Pagefind shows and matches the names. */
  themes: readonly string[];
}

export interface SearchFilterCount {
  value: string;
  count: number;
}

export interface SearchFilterGroup {
  name: SearchFilterName;
  label: SearchFilterLabel;
  values: SearchFilterCount[];
}

/** A speech's filter source: its year, kind and organization, and its themes by name. */
export function speechFilterSource(speech: Speech, themes: readonly Theme[]): SearchFilterSource {
  return {
    year: speech.date.year,
    kind: speech.data.kind,
    organization: speech.data.organization,
    themes: speech.themes.flatMap((slug) => themes.find((theme) => theme.slug === slug)?.name ?? []),
  };
}

/**
 * The filter values of one speech, by filter name: one year, one kind, the organization when the
 * document names one (an empty value would be a filter nobody can meaningfully pick), and every
 * theme. Keys are in the order the index document writes them.
 */
export function searchFilterValues(record: SearchFilterSource): Record<string, string[]> {
  const values: Record<string, string[]> = { year: [String(record.year)], kind: [record.kind] };
  if (record.organization) values['organization'] = [record.organization];
  values['theme'] = [...record.themes];
  return values;
}

/**
 * How many speeches have each filter value — what Pagefind's `filters()` reports for an empty
 * search — grouped in {@link SEARCH_FILTER_GROUPS} order, leaving out groups with no values.
 * Years run newest first and themes in site order (`themeOrder`, theme names), the way the rest of
 * the site lists them; kinds and organizations most common first, ties by code point so the order
 * never depends on the build machine's locale.
 */
export function countSearchFilters(
  records: Iterable<SearchFilterSource>,
  themeOrder: readonly string[],
): SearchFilterGroup[] {
  const counts = new Map<string, Map<string, number>>();
  for (const record of records) {
    for (const [name, values] of Object.entries(searchFilterValues(record))) {
      let byValue = counts.get(name);
      if (!byValue) counts.set(name, (byValue = new Map<string, number>()));
      // A page counts once per value, as in Pagefind, even if a value were listed twice.
      for (const value of new Set(values)) byValue.set(value, (byValue.get(value) ?? 0) + 1);
    }
  }
  const themeRank = new Map(themeOrder.map((theme, i) => [theme, i]));
  const groups: SearchFilterGroup[] = [];
  for (const { name, label } of SEARCH_FILTER_GROUPS) {
    const values = [...(counts.get(name) ?? [])].map(([value, count]) => ({ value, count }));
    if (values.length === 0) continue;
    values.sort(
      name === 'year'
        ? (a, b) => compareYearsNewestFirst(Number(a.value), Number(b.value)) || compareCodes(a.value, b.value)
        : name === 'theme'
          ? // A theme missing from the order (never expected) goes last rather than vanishing.
            (a, b) =>
              (themeRank.get(a.value) ?? Infinity) - (themeRank.get(b.value) ?? Infinity) ||
              compareCodes(a.value, b.value)
          : (a, b) => b.count - a.count || compareCodes(a.value, b.value),
    );
    groups.push({ name, label, values });
  }
  return groups;
}
