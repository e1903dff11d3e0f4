import { UNITS } from '../numbers/units';
import { compareChinese, compareCodes } from '../text/compare';
import { periodSpan } from './period';
import type { PublishedTarget } from './publish';

/** Every statement of one indicator of one organization, in time order. */
export interface IndicatorTrack {
  indicator: string;
  organization: string;
  /** Base unit (元 for 亿元 and 万元), so that 800亿元 and 1500亿元 line up. */
  unit: string;
  entries: PublishedTarget[];
  /** How many speeches state it: more than one means a target restated, raised, lowered or reported on. */
  speechCount: number;
}

/**
 * Groups figures stated more than once for the same indicator and organization — a target
 * restated or revised, or an actual reported against an earlier target — oldest period first.
 * Indicators are compared after light normalization (规上 = 规模以上, full-width forms folded),
 * so a reviewer who names indicators consistently gets them matched across speeches.
 * Tracks spanning several speeches come first.
 */
export function trackIndicators(targets: readonly PublishedTarget[]): IndicatorTrack[] {
  const groups = new Map<string, PublishedTarget[]>();
  for (const target of targets) {
    const key = [normalizeIndicator(target.indicator), target.organization, UNITS[target.unit].base].join('|');
    groups.set(key, [...(groups.get(key) ?? []), target]);
  }
  const tracks: IndicatorTrack[] = [];
  for (const entries of groups.values()) {
    if (entries.length < 2) continue;
    const first = entries[0]!;
    entries.sort(
      (a, b) =>
        comparePeriods(a.period, b.period) ||
        compareCodes(a.speechDate.iso, b.speechDate.iso) ||
        (a.kind === b.kind ? 0 : a.kind === 'actual' ? -1 : 1),
    );
    tracks.push({
      indicator: first.indicator,
      organization: first.organization,
      unit: UNITS[first.unit].base,
      entries,
      speechCount: new Set(entries.map((e) => e.speech)).size,
    });
  }
  return tracks.sort(
    (a, b) =>
      Number(b.speechCount > 1) - Number(a.speechCount > 1) ||
      compareChinese(a.organization, b.organization) ||
      compareChinese(a.indicator, b.indicator),
  );
}

/** The form indicators are compared in: NFKC, no spaces, 规上 spelled out. */
export function normalizeIndicator(indicator: string): string {
  return indicator.normalize('NFKC').replace(/\s+/g, '').replace(/规上/g, '规模以上');
}

/** Orders periods by when they start, then by when they end: 2021 < 2022-H1 < 2022 < 2022-H2 < 2023. */
export function comparePeriods(a: string, b: string): number {
  return periodStartMonth(a) - periodStartMonth(b) || periodEndMonth(a) - periodEndMonth(b);
}

function periodStartMonth(period: string): number {
  const span = periodSpan(period);
  if (span) return span.start * 12;
  const year = Number(period.slice(0, 4));
  const part = period.slice(5);
  if (part === '') return year * 12;
  if (part === 'H2') return year * 12 + 6;
  if (part.startsWith('Q')) return year * 12 + (Number(part.slice(1)) - 1) * 3;
  if (part === 'H1') return year * 12;
  return year * 12 + Number(part) - 1;
}

function periodEndMonth(period: string): number {
  const span = periodSpan(period);
  if (span) return span.end * 12 + 11;
  const year = Number(period.slice(0, 4));
  const part = period.slice(5);
  if (part === '' || part === 'H2') return year * 12 + 11;
  if (part === 'H1') return year * 12 + 5;
  if (part.startsWith('Q')) return year * 12 + Number(part.slice(1)) * 3 - 1;
  return year * 12 + Number(part) - 1;
}

/** `2024年下半年`, `2022年一季度`, `2024年8月`, `2025年`. */
export function formatPeriod(period: string): string {
  const span = periodSpan(period);
  if (span) return `${span.start}—${span.end}年`;
  const year = period.slice(0, 4);
  const part = period.slice(5);
  if (part === '') return `${year}年`;
  if (part === 'H1') return `${year}年上半年`;
  if (part === 'H2') return `${year}年下半年`;
  if (part.startsWith('Q')) return `${year}年${'一二三四'[Number(part.slice(1)) - 1] ?? ''}季度`;
  return `${year}年${Number(part)}月`;
}
