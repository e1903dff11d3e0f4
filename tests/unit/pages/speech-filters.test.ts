import { describe, expect, it } from 'vitest';
import { buildFilterLinks, listSpeechFilters, listYears } from '@/lib/pages/speech-filters';
import { speechFilterUrl } from '@/lib/pages/urls';

// The five seeds' years and themes as the site classifies them, newest first.
const speeches = [
  { slug: 'report-2024', date: { year: 2024 }, themes: ['innovation', 'projects'] },
  { slug: 'meeting-2022', date: { year: 2022 }, themes: ['opening-up', 'projects'] },
  { slug: 'congress-2022', date: { year: 2022 }, themes: ['innovation'] },
  { slug: 'visit-2019', date: { year: 2019 }, themes: ['opening-up', 'innovation'] },
];
const order = ['opening-up', 'innovation', 'business-environment', 'projects'];
const filters = listSpeechFilters(speeches, order);

describe('listSpeechFilters', () => {
  it('makes one page per theme, per year and per theme-and-year that has speeches', () => {
    expect(filters.map(speechFilterUrl)).toEqual([
      '/speeches/',
      '/speeches/year/2024/',
      '/speeches/year/2022/',
      '/speeches/year/2019/',
      '/speeches/theme/opening-up/',
      '/speeches/theme/opening-up/year/2022/',
      '/speeches/theme/opening-up/year/2019/',
      '/speeches/theme/innovation/',
      '/speeches/theme/innovation/year/2024/',
      '/speeches/theme/innovation/year/2022/',
      '/speeches/theme/innovation/year/2019/',
      '/speeches/theme/projects/',
      '/speeches/theme/projects/year/2024/',
      '/speeches/theme/projects/year/2022/',
    ]);
  });

  it('keeps the speeches of each filter in the order given', () => {
    const projects2022 = filters.find((f) => f.theme === 'projects' && f.year === 2022);
    expect(projects2022?.speeches.map((s) => s.slug)).toEqual(['meeting-2022']);
    expect(filters[0]?.speeches.map((s) => s.slug)).toEqual(speeches.map((s) => s.slug));
  });

  it('still has the unfiltered index when there are no speeches', () => {
    expect(listSpeechFilters([], order)).toEqual([{ speeches: [] }]);
  });
});

describe('listYears', () => {
  it('lists each year once, newest first', () => {
    expect(listYears(speeches)).toEqual([2024, 2022, 2019]);
  });
});

describe('buildFilterLinks', () => {
  it('keeps the chosen year when switching theme, and drops it for a theme without speeches that year', () => {
    const { themes } = buildFilterLinks(filters, { year: 2019 });
    expect(themes.map((l) => [l.value, l.href, l.current])).toEqual([
      [undefined, '/speeches/year/2019/', true],
      ['opening-up', '/speeches/theme/opening-up/year/2019/', false],
      ['innovation', '/speeches/theme/innovation/year/2019/', false],
      ['projects', '/speeches/theme/projects/', false],
    ]);
  });

  it('offers only the years the chosen theme has speeches in', () => {
    const { years } = buildFilterLinks(filters, { theme: 'projects', year: 2024 });
    expect(years.map((l) => [l.value, l.href, l.current])).toEqual([
      [undefined, '/speeches/theme/projects/', false],
      [2024, '/speeches/theme/projects/year/2024/', true],
      [2022, '/speeches/theme/projects/year/2022/', false],
    ]);
  });
});
