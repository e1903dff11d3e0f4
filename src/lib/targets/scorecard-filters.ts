import type { TargetEvaluation } from '../indicators/scorecard';
import { STRENGTH_ORDER, STRENGTHS } from '../schemas/target';
import { compareChinese } from '../text/compare';
import { periodYear } from './period';
import { STATUS_ORDER, STATUSES } from './status';

/** What a scorecard page is filtered by. */
export type ScorecardFacet = 'status' | 'strength' | 'theme' | 'area' | 'year';

export const FACET_NAMES: Record<ScorecardFacet, string> = {
  status: '按状态',
  strength: '按力度',
  theme: '按主题',
  area: '按地区',
  year: '按年份',
};

/** One static page of /targets/: everything, or the targets of one facet value. */
export interface ScorecardFilter {
  facet: ScorecardFacet | null;
  /** The code in the URL: met, binding, opening-up, a-1f3c…, 2022. */
  value: string | null;
  /** What readers see: 已实现, 确保, 开放, *区（含高新区）, 2022年. */
  label: string;
  path: string;
  evaluations: TargetEvaluation[];
}

/** `/targets/`, `/targets/status/met/`, `/targets/area/a-1f3c9e2b/`. */
export function scorecardPath(facet: ScorecardFacet | null, value: string | null): string {
  return facet === null || value === null ? '/targets/' : `/targets/${facet}/${value}/`;
}

/**
 * The area a target is counted under: its indicator's, when it has one (the records of
 * *区委常委会 about the district's economy are *区's), else whose figure it is.
 */
export function targetArea(evaluation: TargetEvaluation): string {
  return evaluation.indicator?.area ?? evaluation.target.organization;
}

/**
 * A URL segment for an area name. Area names are Chinese with `*` and brackets, which make poor
 * paths; an FNV-1a hash of the name is stable as long as the name is.
 */
export function areaSlug(area: string): string {
  let hash = 0x811c9dc5;
  for (const char of area) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `a-${hash.toString(16).padStart(8, '0')}`;
}

/**
 * Every filter page of the scorecard that has targets, plus /targets/ itself (always present),
 * each listing judged targets first.
 * Facet values come in a fixed order — statuses and strengths as defined, themes in site order,
 * areas by count, years newest first — which is also the order of the filter links.
 */
export function listScorecardFilters(
  evaluations: readonly TargetEvaluation[],
  themes: readonly { slug: string; name: string }[],
): ScorecardFilter[] {
  // Judged targets first (已实现, 基本实现, 未实现, then the rest): what a reader came to check.
  // Array.prototype.sort is stable, so inside one status the given order (newest speech first) holds.
  const ordered = [...evaluations].sort((a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status));
  const filters: ScorecardFilter[] = [
    { facet: null, value: null, label: '全部', path: scorecardPath(null, null), evaluations: ordered },
  ];
  const add = (facet: ScorecardFacet, value: string, label: string, test: (e: TargetEvaluation) => boolean) => {
    const matching = ordered.filter(test);
    if (matching.length > 0)
      filters.push({ facet, value, label, path: scorecardPath(facet, value), evaluations: matching });
  };
  for (const status of STATUS_ORDER) add('status', status, STATUSES[status], (e) => e.status === status);
  for (const strength of STRENGTH_ORDER)
    add('strength', strength, STRENGTHS[strength], (e) => e.target.strength === strength);
  for (const theme of themes) add('theme', theme.slug, theme.name, (e) => e.target.themes.includes(theme.slug));
  const areaCounts = new Map<string, number>();
  for (const evaluation of evaluations)
    areaCounts.set(targetArea(evaluation), (areaCounts.get(targetArea(evaluation)) ?? 0) + 1);
  const areas = [...areaCounts].sort((a, b) => b[1] - a[1] || compareChinese(a[0], b[0])).map(([area]) => area);
  for (const area of areas) add('area', areaSlug(area), area, (e) => targetArea(e) === area);
  const years = [...new Set(evaluations.map((e) => periodYear(e.target.period)))].sort().reverse();
  for (const year of years) add('year', year, `${year}年`, (e) => periodYear(e.target.period) === year);
  return filters;
}
