import type { Indicator } from '../schemas/indicator';
import { normalizeIndicator } from '../targets/track';

/** What a record's indicator fields point at. */
export type IndicatorLink =
  | { kind: 'linked'; indicator: Indicator; by: 'id' | 'name' }
  | { kind: 'unlinked' }
  | { kind: 'unknown-id'; id: string }
  | { kind: 'ambiguous'; candidates: Indicator[] };

/** The fields of a record (or candidate) that decide its indicator. */
export interface LinkableRecord {
  indicator: string;
  indicatorId?: string | undefined;
  /** Whose figure it is, as published: the record's organization, else its speech's. */
  organization: string;
}

/**
 * Indicators a figure's words and organization name: its `indicator` equals an entry's name or
 * an alias (compared as `normalizeIndicator` does: 规上 = 规模以上, full-width folded), and its
 * organization is one of the entry's `organizations`.
 */
export function matchIndicatorsByName(record: LinkableRecord, indicators: readonly Indicator[]): Indicator[] {
  const name = normalizeIndicator(record.indicator);
  return indicators.filter(
    (indicator) =>
      indicator.organizations.includes(record.organization) &&
      [indicator.name, ...indicator.aliases].some((alias) => normalizeIndicator(alias) === name),
  );
}

/** An explicit `indicatorId` wins; without one, a record links by name when exactly one entry matches. */
export function linkIndicator(record: LinkableRecord, indicators: readonly Indicator[]): IndicatorLink {
  if (record.indicatorId !== undefined) {
    const indicator = indicators.find((entry) => entry.id === record.indicatorId);
    return indicator ? { kind: 'linked', indicator, by: 'id' } : { kind: 'unknown-id', id: record.indicatorId };
  }
  const candidates = matchIndicatorsByName(record, indicators);
  if (candidates.length === 1) return { kind: 'linked', indicator: candidates[0]!, by: 'name' };
  return candidates.length === 0 ? { kind: 'unlinked' } : { kind: 'ambiguous', candidates };
}

/** What `npm run targets` proposes for the records it writes. */
export interface IndicatorProposals<R> {
  records: R[];
  /** Records given an `indicatorId` because their name matched exactly one indicator. */
  linked: { id: string; indicatorId: string }[];
  /** Records whose name matches several: a person must choose. */
  ambiguous: { id: string; candidates: string[] }[];
}

/**
 * Proposes indicator links for unreviewed records that have none: the name matches one entry,
 * so `indicatorId` is filled in for the reviewer to confirm. Reviewed records are left as a
 * person left them.
 */
export function proposeIndicatorLinks<
  R extends Omit<LinkableRecord, 'organization'> & { id: string; reviewed: boolean; organization?: string | undefined },
>(records: readonly R[], indicators: readonly Indicator[], speechOrganization: string): IndicatorProposals<R> {
  const linked: IndicatorProposals<R>['linked'] = [];
  const ambiguous: IndicatorProposals<R>['ambiguous'] = [];
  const proposed = records.map((record) => {
    if (record.reviewed || record.indicatorId !== undefined) return record;
    const link = linkIndicator({ ...record, organization: record.organization ?? speechOrganization }, indicators);
    if (link.kind === 'ambiguous') {
      ambiguous.push({ id: record.id, candidates: link.candidates.map((candidate) => candidate.id) });
    }
    if (link.kind !== 'linked') return record;
    linked.push({ id: record.id, indicatorId: link.indicator.id });
    return { ...record, indicatorId: link.indicator.id };
  });
  return { records: proposed, linked, ambiguous };
}
