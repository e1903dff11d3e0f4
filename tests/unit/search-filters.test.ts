import { describe, expect, it } from 'vitest';
import {
  countSearchFilters,
  SEARCH_FILTER_GROUPS,
  searchFilterValues,
  type SearchFilterSource,
} from '@/lib/search/filters';

const THEME_ORDER = ['创新', '开放', '营商环境'];

const speech = (overrides: Partial<SearchFilterSource> = {}): SearchFilterSource => ({
  year: '2022',
  kind: '讲话',
  organization: '市政府',
  themes: [],
  ...overrides,
});

describe('SEARCH_FILTER_GROUPS', () => {
  it('lists theme, year, kind and organization with their headings, in that order', () => {
    expect(SEARCH_FILTER_GROUPS).toEqual([
      { name: 'theme', label: '主题' },
      { name: 'year', label: '年份' },
      { name: 'kind', label: '文种' },
      { name: 'organization', label: '发布机构' },
    ]);
  });
});

describe('searchFilterValues', () => {
  it('gives one year, one kind, the organization and every theme, in index-document order', () => {
    const values = searchFilterValues(speech({ year: 2019, themes: ['开放', '创新'] }));
    expect(values).toEqual({ year: ['2019'], kind: ['讲话'], organization: ['市政府'], theme: ['开放', '创新'] });
    expect(Object.keys(values)).toEqual(['year', 'kind', 'organization', 'theme']);
  });

  it('leaves out the organization when the speech names none', () => {
    expect(searchFilterValues(speech({ organization: undefined }))).not.toHaveProperty('organization');
    expect(searchFilterValues(speech({ organization: '' }))).not.toHaveProperty('organization');
    expect(searchFilterValues({ year: '2022', kind: '讲话', themes: [] })).not.toHaveProperty('organization');
  });

  it('does not hand out the caller’s theme array', () => {
    const themes = ['开放'];
    const values = searchFilterValues(speech({ themes }));
    values['theme']?.push('创新');
    expect(themes).toEqual(['开放']);
  });
});

describe('countSearchFilters', () => {
  const records = [
    speech({ year: '2019', kind: '调研讲话', organization: '市委', themes: ['开放'] }),
    speech({ year: 2024, kind: '讲话', organization: '市政府', themes: ['营商环境', '创新'] }),
    speech({ year: '2021', kind: '工作报告', organization: '市政府', themes: ['开放', '创新'] }),
    speech({ year: '2024', kind: '讲话', organization: undefined, themes: ['开放'] }),
    speech({ year: '2021', kind: '调研讲话', organization: '区政府', themes: [] }),
  ];
  const groups = countSearchFilters(records, THEME_ORDER);
  const group = (name: string) => groups.find((g) => g.name === name);

  it('returns the groups in SEARCH_FILTER_GROUPS order with their labels', () => {
    expect(groups.map((g) => [g.name, g.label])).toEqual([
      ['theme', '主题'],
      ['year', '年份'],
      ['kind', '文种'],
      ['organization', '发布机构'],
    ]);
  });

  it('orders themes by the site’s theme order, not by count or name', () => {
    expect(group('theme')?.values).toEqual([
      { value: '创新', count: 2 },
      { value: '开放', count: 3 },
      { value: '营商环境', count: 1 },
    ]);
  });

  it('orders years newest first and counts number and text years as one', () => {
    expect(group('year')?.values).toEqual([
      { value: '2024', count: 2 },
      { value: '2021', count: 2 },
      { value: '2019', count: 1 },
    ]);
  });

  it('orders kinds and organizations by count, ties by value', () => {
    // 讲 (U+8BB2) sorts before 调 (U+8C03) by code point, whatever the build machine's locale.
    expect(group('kind')?.values).toEqual([
      { value: '讲话', count: 2 },
      { value: '调研讲话', count: 2 },
      { value: '工作报告', count: 1 },
    ]);
    // Speeches without an organization are simply not counted under any.
    expect(group('organization')?.values).toEqual([
      { value: '市政府', count: 2 },
      { value: '区政府', count: 1 },
      { value: '市委', count: 1 },
    ]);
  });

  it('counts a speech once per value, as Pagefind does', () => {
    const [theme] = countSearchFilters([speech({ themes: ['开放', '开放'] })], THEME_ORDER);
    expect(theme).toEqual({ name: 'theme', label: '主题', values: [{ value: '开放', count: 1 }] });
  });

  it('drops groups no speech has a value for', () => {
    const names = countSearchFilters([speech({ organization: undefined, themes: [] })], THEME_ORDER).map((g) => g.name);
    expect(names).toEqual(['year', 'kind']);
    expect(countSearchFilters([], THEME_ORDER)).toEqual([]);
  });

  it('keeps a theme missing from the order, after the ordered ones', () => {
    const [theme] = countSearchFilters([speech({ themes: ['未知', '开放'] })], THEME_ORDER);
    expect(theme?.values.map((v) => v.value)).toEqual(['开放', '未知']);
  });

  it('agrees with searchFilterValues on every count', () => {
    for (const { name, values } of groups) {
      for (const { value, count } of values) {
        expect(records.filter((r) => searchFilterValues(r)[name]?.includes(value)).length).toBe(count);
      }
    }
  });
});
