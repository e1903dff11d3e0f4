import { describe, expect, it } from 'vitest';
import type { TargetEvaluation } from '@/lib/indicators/scorecard';
import { areaSlug, listScorecardFilters, scorecardPath } from '@/lib/targets/scorecard-filters';

function evaluation(
  id: string,
  fields: { status: TargetEvaluation['status']; strength: string; period: string; area: string; themes?: string[] },
): TargetEvaluation {
  return {
    status: fields.status,
    reason: '',
    completion: null,
    actual: null,
    conflicting: [],
    revision: null,
    indicator: null,
    target: {
      id,
      strength: fields.strength,
      period: fields.period,
      organization: fields.area,
      themes: fields.themes ?? [],
    },
  } as unknown as TargetEvaluation;
}

const EVALUATIONS = [
  evaluation('a', {
    status: 'awaiting',
    strength: 'planned',
    period: '2024',
    area: '郑州高新区',
    themes: ['projects'],
  }),
  evaluation('b', { status: 'met', strength: 'binding', period: '2022', area: '*区委常委会' }),
  evaluation('c', { status: 'awaiting', strength: 'binding', period: '2022-H2', area: '*区委常委会' }),
];
const THEMES = [
  { slug: 'opening-up', name: '开放' },
  { slug: 'projects', name: '项目' },
];

describe('listScorecardFilters', () => {
  const filters = listScorecardFilters(EVALUATIONS, THEMES);

  it('lists /targets/ first with judged targets first, then one page per facet value that has targets', () => {
    expect(filters[0]).toMatchObject({ facet: null, path: '/targets/' });
    expect(filters[0]!.evaluations.map((e) => e.target.id)).toEqual(['b', 'a', 'c']);
    expect(filters.slice(1).map((f) => f.path)).toEqual([
      '/targets/status/met/',
      '/targets/status/awaiting/',
      '/targets/strength/binding/',
      '/targets/strength/planned/',
      '/targets/theme/projects/',
      `/targets/area/${areaSlug('*区委常委会')}/`,
      `/targets/area/${areaSlug('郑州高新区')}/`,
      '/targets/year/2024/',
      '/targets/year/2022/',
    ]);
  });

  it('counts a half-year under its year', () => {
    expect(filters.find((f) => f.path === '/targets/year/2022/')!.evaluations.map((e) => e.target.id)).toEqual([
      'b',
      'c',
    ]);
  });

  it('counts a five-year target under its last year, when it falls due, and under no other', () => {
    const withSpan = listScorecardFilters(
      [
        ...EVALUATIONS,
        evaluation('d', { status: 'in-progress', strength: 'planned', period: '2021-2025', area: '某区' }),
      ],
      THEMES,
    );
    const years = withSpan.filter((f) => f.facet === 'year');
    expect(years.map((f) => f.path)).toEqual(['/targets/year/2025/', '/targets/year/2024/', '/targets/year/2022/']);
    expect(years[0]!.evaluations.map((e) => e.target.id)).toEqual(['d']);
    expect(years.slice(1).flatMap((f) => f.evaluations.map((e) => e.target.id))).not.toContain('d');
  });
});

describe('areaSlug', () => {
  it('is a stable ASCII segment, different for different areas', () => {
    expect(areaSlug('*区（含高新区）')).toMatch(/^a-[0-9a-f]{8}$/);
    expect(areaSlug('*区（含高新区）')).toBe(areaSlug('*区（含高新区）'));
    expect(areaSlug('*区（含高新区）')).not.toBe(areaSlug('*区（不含高新区）'));
  });
});

describe('scorecardPath', () => {
  it('is /targets/ without a facet', () => {
    expect(scorecardPath(null, null)).toBe('/targets/');
    expect(scorecardPath('status', 'met')).toBe('/targets/status/met/');
  });
});
