import type { SpeechDate } from '../dates/speech-date';
import { normalizeValue, UNITS } from '../numbers/units';
import type { PublishedTarget } from '../targets/publish';

/**
 * What a later speech did to a target an earlier speech of the same organization set for the
 * same period. `repeated` is a restatement whose figures cannot be compared (one is masked, or
 * the units do not convert); `dropped` is marked on the earlier target, not on a later one.
 */
export const REVISIONS = {
  raised: '调高',
  lowered: '调低',
  restated: '重申',
  repeated: '再次提出',
  dropped: '未再提及',
} as const;
export type RevisionKind = keyof typeof REVISIONS;

/** The rule as the site states it, beside the status rule (src/lib/targets/status.ts). */
export const REVISION_RULE = [
  '修订：同一组织在较晚的讲话中再次提出同一指标、同一时期的目标时，与此前最近一次提出的目标比较数字（区间先比下限、再比上限；万元与亿元等换算后比较）：更高为调高，更低为调低，相同为重申；有一方数字原文隐去或单位无法换算的，记为再次提出，不比高低。',
  '未再提及：一篇讲话提出某时期的目标后，同一组织较晚的一篇讲话重申了其中同一时期的其他目标（同一指标、同一时期），却没有再提这一项（既无目标也无实绩），这一项记为未再提及，并注明是哪篇讲话。此前已被重申的目标只看重申之后的讲话；较晚的讲话没有重申同期任何其他目标的，不作此判断。未再提及只说明讲话没有再提，不等于放弃，状态照常计算。',
  '讲话的先后按日期判断；只知年份（或月份）的讲话与同一年（同一月）内的讲话先后不明，互不比较。',
];

/** How a target compares with the latest earlier statement of the same target. */
export interface Revision {
  kind: Exclude<RevisionKind, 'dropped'>;
  previous: PublishedTarget;
}

/** The later speech after which a target was no longer stated. */
export interface Dropped {
  speech: string;
  speechTitle: string;
  speechDate: SpeechDate;
  /** That speech's targets for the period that restate other targets of this target's speech. */
  restated: PublishedTarget[];
}

export interface TargetRevisions {
  revision: Revision | null;
  dropped: Dropped | null;
}

/**
 * Revisions of every target among `records` (targets and actuals of every speech), by the rule
 * of REVISION_RULE. `keyOf` says which records state the same indicator: the scorecard passes
 * the linked indicator's id, or the normalized name, organization and base unit of an unlinked
 * record. Two records are the same target when they share the speech's organization, the
 * period and the key. Actuals never get revisions; they only count as the indicator being
 * mentioned again.
 */
export function reviseTargets(
  records: readonly PublishedTarget[],
  keyOf: (record: PublishedTarget) => string,
): Map<PublishedTarget, TargetRevisions> {
  const groups = new Map<string, PublishedTarget[]>();
  for (const record of records) {
    const group = `${record.speechOrganization}\u0000${record.period}`;
    groups.set(group, [...(groups.get(group) ?? []), record]);
  }
  const result = new Map<PublishedTarget, TargetRevisions>();
  for (const group of groups.values()) {
    const speeches = [...new Map(group.map((record) => [record.speech, record.speechDate])).entries()]
      .map(([slug, date]) => ({ slug, date }))
      .sort((a, b) => a.date.iso.localeCompare(b.date.iso));
    const keysBySpeech = new Map<string, Set<string>>();
    const targetKeysBySpeech = new Map<string, Set<string>>();
    for (const record of group) {
      const key = keyOf(record);
      addTo(keysBySpeech, record.speech, key);
      if (record.kind === 'target') addTo(targetKeysBySpeech, record.speech, key);
    }
    for (const target of group) {
      if (target.kind !== 'target') continue;
      const key = keyOf(target);
      result.set(target, {
        revision: findRevision(target, key, group, keyOf),
        dropped: findDropped(target, key, group, keyOf, speeches, keysBySpeech, targetKeysBySpeech),
      });
    }
  }
  return result;
}

/**
 * Whether a speech dated `a` came before one dated `b`, compared at the precision both have:
 * 2022-04 is before 2022-05-10, but 2022 and 2022-04 are not ordered.
 */
export function isEarlier(a: SpeechDate, b: SpeechDate): boolean {
  const length = Math.min(a.iso.length, b.iso.length);
  return a.iso.slice(0, length) < b.iso.slice(0, length);
}

function findRevision(
  target: PublishedTarget,
  key: string,
  group: readonly PublishedTarget[],
  keyOf: (record: PublishedTarget) => string,
): Revision | null {
  const earlier = group.filter(
    (other) => other.kind === 'target' && keyOf(other) === key && isEarlier(other.speechDate, target.speechDate),
  );
  // The latest of them; among records of one speech, the last in reading order.
  const previous = earlier.reduce<PublishedTarget | null>(
    (latest, other) => (latest === null || !isEarlier(other.speechDate, latest.speechDate) ? other : latest),
    null,
  );
  return previous === null ? null : { kind: compareGoals(previous, target), previous };
}

function findDropped(
  target: PublishedTarget,
  key: string,
  group: readonly PublishedTarget[],
  keyOf: (record: PublishedTarget) => string,
  speeches: readonly { slug: string; date: SpeechDate }[],
  keysBySpeech: ReadonlyMap<string, ReadonlySet<string>>,
  targetKeysBySpeech: ReadonlyMap<string, ReadonlySet<string>>,
): Dropped | null {
  const ownKeys = targetKeysBySpeech.get(target.speech) ?? new Set<string>();
  for (const later of speeches) {
    if (!isEarlier(target.speechDate, later.date)) continue;
    // Mentioned again: the later speech's own statement carries the history from here on.
    if (keysBySpeech.get(later.slug)?.has(key)) return null;
    const restated = group.filter(
      (record) => record.speech === later.slug && record.kind === 'target' && ownKeys.has(keyOf(record)),
    );
    if (restated.length > 0) {
      const first = restated[0]!;
      return { speech: later.slug, speechTitle: first.speechTitle, speechDate: first.speechDate, restated };
    }
  }
  return null;
}

function compareGoals(previous: PublishedTarget, target: PublishedTarget): Revision['kind'] {
  if (previous.value === null || target.value === null) return 'repeated';
  if (UNITS[previous.unit].base !== UNITS[target.unit].base) return 'repeated';
  const ends = (record: PublishedTarget, value: number) => {
    const low = normalizeValue(value, record.unit).value;
    return [low, record.upper === null ? low : normalizeValue(record.upper, record.unit).value] as const;
  };
  const [beforeLow, beforeHigh] = ends(previous, previous.value);
  const [nowLow, nowHigh] = ends(target, target.value);
  const difference = nowLow - beforeLow || nowHigh - beforeHigh;
  return difference > 0 ? 'raised' : difference < 0 ? 'lowered' : 'restated';
}

function addTo(map: Map<string, Set<string>>, speech: string, key: string): void {
  const set = map.get(speech);
  if (set) set.add(key);
  else map.set(speech, new Set([key]));
}

/** One line of an indicator's revision history: a target as a speech stated it, or its omission. */
export interface HistoryStep {
  period: string;
  /** `first` for a target no earlier speech of its organization set. */
  change: RevisionKind | 'first';
  speechTitle: string;
  speechDate: SpeechDate;
  /** The figure as written; for `dropped`, the figure the speech no longer stated. */
  stated: string;
  /** The sentence, or for `dropped` the speech that left it out. */
  href: string;
  /** For `dropped`: the targets of the period that speech did restate. */
  restated: PublishedTarget[];
}

/**
 * The history of an indicator's targets, period by period as `evaluations` are ordered (oldest
 * period, then oldest speech): each statement with its change, and after a target that a later
 * speech left out, that omission. Empty when no target was ever restated or dropped.
 */
export function buildTargetHistory(
  evaluations: readonly { target: PublishedTarget; revision: Revision | null; dropped: Dropped | null }[],
  speechPath: (slug: string) => string,
): HistoryStep[] {
  if (evaluations.every((evaluation) => evaluation.revision === null && evaluation.dropped === null)) return [];
  return evaluations.flatMap(({ target, revision, dropped }): HistoryStep[] => {
    const step: HistoryStep = {
      period: target.period,
      change: revision?.kind ?? 'first',
      speechTitle: target.speechTitle,
      speechDate: target.speechDate,
      stated: target.stated,
      href: target.path,
      restated: [],
    };
    if (dropped === null) return [step];
    return [
      step,
      {
        period: target.period,
        change: 'dropped',
        speechTitle: dropped.speechTitle,
        speechDate: dropped.speechDate,
        stated: target.stated,
        href: speechPath(dropped.speech),
        restated: dropped.restated,
      },
    ];
  });
}
