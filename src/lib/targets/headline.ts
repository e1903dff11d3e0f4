import { compareNewestFirst } from '../dates/newest-first';
import { UNITS } from '../numbers/units';
import type { Strength } from '../schemas/target';
import { compareAnchors } from '../speech/anchors';
import { compareCodes } from '../text/compare';
import type { PublishedTarget } from './publish';

/** Rows of the home page's headline targets: enough to show the scale, few enough to read at a glance. */
export const HEADLINE_LIMIT = 6;

/**
 * Only commitments (确保) and stretch goals (力争) make headlines; planned and hoped-for figures
 * are on /targets/. Binding ranks first among figures that are not money.
 */
const HEADLINE_STRENGTHS: readonly Strength[] = ['binding', 'striving'];

/**
 * The most important published targets of the latest speech that states any: binding and
 * striving targets with a number (masked figures and staff-preview drafts never headline),
 * monetary ones first by size in 元 — 600亿元 before 38亿元 — then the rest, binding before
 * striving, in the order the speech states them. At most `limit` records.
 */
export function selectHeadlineTargets(
  targets: readonly PublishedTarget[],
  limit: number = HEADLINE_LIMIT,
): PublishedTarget[] {
  const candidates = targets.filter(
    (target) =>
      target.kind === 'target' &&
      !target.draft &&
      target.value !== null &&
      target.strength !== null &&
      HEADLINE_STRENGTHS.includes(target.strength),
  );
  const latest = candidates.reduce<PublishedTarget | undefined>(
    (newest, target) => (newest === undefined || isNewer(target, newest) ? target : newest),
    undefined,
  );
  if (latest === undefined) return [];
  return candidates
    .filter((target) => target.speech === latest.speech)
    .sort(
      (a, b) =>
        yuanValue(b) - yuanValue(a) ||
        strengthRank(a) - strengthRank(b) ||
        compareAnchors(a.anchor, b.anchor) ||
        compareCodes(a.id, b.id),
    )
    .slice(0, limit);
}

/** `a` comes before `b` in the site's order of speeches. */
function isNewer(a: PublishedTarget, b: PublishedTarget): boolean {
  return compareNewestFirst({ date: a.speechDate, slug: a.speech }, { date: b.speechDate, slug: b.speech }) < 0;
}

/** The figure in 元 (600亿元 → 6e10); 0 for other units, so that they follow every monetary one. */
function yuanValue(target: PublishedTarget): number {
  const { base, factor } = UNITS[target.unit];
  return base === '元' && target.value !== null ? target.value * factor : 0;
}

function strengthRank(target: PublishedTarget): number {
  return target.strength === null ? HEADLINE_STRENGTHS.length : HEADLINE_STRENGTHS.indexOf(target.strength);
}
