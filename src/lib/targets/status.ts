import { UNITS, normalizeValue, type Unit } from '../numbers/units';
import type { Direction } from '../schemas/indicator';
import type { TargetRecord } from '../schemas/target';
import { formatIsoDay } from '../dates/speech-date';
import { periodSpan } from './period';
import { formatPeriod } from './track';

/**
 * What became of a target, in the order the scorecard counts them. `unknown` is for masked
 * figures (XX亿元): the site never guesses a status from a number it was not given.
 */
export const STATUSES = {
  met: '已实现',
  nearly: '基本实现',
  missed: '未实现',
  'in-progress': '进行中',
  awaiting: '待公布',
  unknown: '无法判断',
} as const;
export type TargetStatus = keyof typeof STATUSES;
export const STATUS_ORDER = Object.keys(STATUSES) as TargetStatus[];

/**
 * How far from a goal still counts as 左右 or as 基本实现. Rates (%, 个百分点) are compared in
 * percentage points: a growth target of 7%左右 is met by 6.5%–7.5%, as 《政府工作报告》 goals are
 * read. Amounts are compared relative to the goal: 800亿元左右 is met by 760–840亿元, and
 * 780亿元 against a goal of 800亿元 is 基本实现 (97.5%).
 */
export const RATE_TOLERANCE_POINTS = 0.5;
export const AMOUNT_TOLERANCE_SHARE = 0.05;

/** The rule as the site states it (on /targets/ and each indicator page). */
export const STATUS_RULE = [
  '目标期未结束：进行中。目标期已结束、尚无实绩：待公布。目标或实绩的数字原文隐去：无法判断（本站不据隐去的数字推断）。',
  `有实绩时按目标的写法比较：“以上”“突破”须不低于目标，“以内”须不高于目标；确数和区间按指标方向（越高越好 / 越低越好）比较；“左右”在容差内即为实现，超出容差但偏向有利一方也算实现。`,
  `容差：百分比类指标 ±${RATE_TOLERANCE_POINTS} 个百分点，总量类指标 ±${AMOUNT_TOLERANCE_SHARE * 100}%。未达到目标、差距在容差以内为基本实现（“左右”为两倍容差以内），超出为未实现。`,
  '同一时期既有讲话中报告的实绩、又有数据文件的统计数时，以数据文件为准，两者都列出。',
];

/** A target as status needs it. */
export type StatusTarget = Pick<TargetRecord, 'value' | 'upper' | 'unit' | 'bound' | 'period' | 'stated'>;

/** The actual a target is judged against: a speech's reported figure or a data-file row. */
export interface StatusActual {
  /** Null when the speech masks it. */
  value: number | null;
  unit: Unit;
  /** As written (9.6%), or value and unit for a data row. */
  stated: string;
}

export interface StatusResult {
  status: TargetStatus;
  /** One sentence a reader can check: 目标 7%左右，实绩 7.2%，在 ±0.5 个百分点内. */
  reason: string;
  /** Actual as a percentage of the goal, for amounts only (rates are not “completed”); else null. */
  completion: number | null;
}

/**
 * The status of one target against its actual (or none) on `today` (YYYY-MM-DD, the build's
 * date, passed in so that a build is reproducible). `direction` is the indicator's.
 */
export function computeStatus(
  target: StatusTarget,
  actual: StatusActual | null,
  direction: Direction,
  today: string,
): StatusResult {
  const goal = `目标 ${target.stated}`;
  if (target.value === null) {
    return { status: 'unknown', reason: `${goal}：数字原文隐去，无法判断`, completion: null };
  }
  if (today <= periodEndDate(target.period)) {
    return {
      status: 'in-progress',
      reason: `${goal}，目标期${formatPeriod(target.period)}尚未结束（截至${formatIsoDay(today)}）`,
      completion: null,
    };
  }
  if (actual === null) {
    return { status: 'awaiting', reason: `${goal}，目标期已结束，尚未见到实绩`, completion: null };
  }
  const got = `${goal}，实绩 ${actual.stated}`;
  if (actual.value === null) {
    return { status: 'unknown', reason: `${got}：实绩数字原文隐去，无法判断`, completion: null };
  }
  const base = UNITS[target.unit].base;
  if (UNITS[actual.unit].base !== base) {
    return { status: 'unknown', reason: `${got}：单位不同，无法比较`, completion: null };
  }
  const low = normalizeValue(target.value, target.unit).value;
  const high = target.upper === null ? low : normalizeValue(target.upper, target.unit).value;
  const value = normalizeValue(actual.value, actual.unit).value;
  const rate = base === '%' || base === '个百分点';
  const tolerance = (goalValue: number) =>
    rate ? RATE_TOLERANCE_POINTS : Math.abs(goalValue) * AMOUNT_TOLERANCE_SHARE;
  const toleranceText = rate ? `±${RATE_TOLERANCE_POINTS} 个百分点` : `±${AMOUNT_TOLERANCE_SHARE * 100}%`;
  const gapText = (gap: number, goalValue: number) =>
    rate ? `${round(gap)} 个百分点` : `${round((gap / goalValue) * 100)}%`;
  const completion = !rate && direction === 'higher' && low > 0 ? round((value / low) * 100) : null;

  if (target.bound === 'about') {
    const gap = value - low;
    if (Math.abs(gap) <= tolerance(low)) return { status: 'met', reason: `${got}，在 ${toleranceText}内`, completion };
    const better = direction === 'higher' ? gap > 0 : gap < 0;
    if (better) return { status: 'met', reason: `${got}，好于目标 ${gapText(Math.abs(gap), low)}`, completion };
    const status = Math.abs(gap) <= 2 * tolerance(low) ? 'nearly' : 'missed';
    return { status, reason: `${got}，差 ${gapText(Math.abs(gap), low)}，超出 ${toleranceText}`, completion };
  }
  // 以上 and 以内 say which side the goal is on; a bare figure or a range takes the indicator's direction.
  const atLeast = target.bound === 'at-least' || (target.bound !== 'at-most' && direction === 'higher');
  const limit = atLeast ? low : high;
  const shortfall = atLeast ? limit - value : value - limit;
  if (shortfall <= 0) {
    return { status: 'met', reason: `${got}，${atLeast ? '不低于' : '不高于'}目标`, completion };
  }
  const within = shortfall <= tolerance(limit);
  return {
    status: within ? 'nearly' : 'missed',
    reason: `${got}，${atLeast ? '低于' : '高于'}目标 ${gapText(shortfall, limit)}，${within ? '在' : '超出'} ${toleranceText}${within ? '以内' : ''}`,
    completion,
  };
}

/** Statuses present among `evaluations`, in STATUS_ORDER, with counts. */
export function countStatuses(
  evaluations: readonly { status: TargetStatus }[],
): { status: TargetStatus; count: number }[] {
  return STATUS_ORDER.map((status) => ({
    status,
    count: evaluations.filter((e) => e.status === status).length,
  })).filter((entry) => entry.count > 0);
}

/** Last day of a period: 2024 → 2024-12-31, 2024-H1 → 2024-06-30, 2022-Q1 → 2022-03-31, 2024-02 → 2024-02-29. */
export function periodEndDate(period: string): string {
  // A span (2026-2030) ends with its last year.
  const year = periodSpan(period)?.end ?? Number(period.slice(0, 4));
  const part = period.slice(5);
  let month = 12;
  if (part === 'H1') month = 6;
  else if (part.startsWith('Q')) month = Number(part.slice(1)) * 3;
  else if (/^\d{2}$/.test(part)) month = Number(part);
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function round(value: number): number {
  return Number(value.toFixed(1));
}
