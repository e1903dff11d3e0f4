import type { SpeechDate } from '../dates/speech-date';

/** A time expression found in a speech, with what it resolves to. */
export interface PeriodMention {
  /** 2024, 2024-H2, 2022-Q1, 2024-08, or a span of years: 2026-2030. */
  period: string;
  /** True when the words point backwards (去年, 2021年 in a 2022 speech): a result, not a goal. */
  past: boolean;
  /** True when they point to a later year (明年, 到2027年, 十四五末 in a 2022 speech): a goal. */
  future: boolean;
  start: number;
  end: number;
}

const QUARTERS: Record<string, string> = { 一: '1', 二: '2', 三: '3', 四: '4', '1': '1', '2': '2', '3': '3', '4': '4' };
// Five-year plans end in a known year: 十四五 is 2021–2025.
const PLAN_END: Record<string, number> = { 十三五: 2020, 十四五: 2025, 十五五: 2030 };
// A span of whole years, as a target record's period writes it: 2026-2030.
const SPAN = /^(\d{4})-(\d{4})$/;
// The longest span a period may name: a five-year plan, or a ten-year vision.
const MAX_SPAN_YEARS = 10;

/** The years of a span period (2026-2030 → 2026 and 2030); undefined for a year or part of one. */
export function periodSpan(period: string): { start: number; end: number } | undefined {
  const span = SPAN.exec(period);
  return span ? { start: Number(span[1]), end: Number(span[2]) } : undefined;
}

/**
 * The year a period is listed under (year filters, counts by year): its own year, or the last year
 * of a span, when a five-year target falls due — the year its status is judged by.
 */
export function periodYear(period: string): string {
  const span = periodSpan(period);
  return span ? String(span.end) : period.slice(0, 4);
}

/** 2026-2030 when start and end make a span the site accepts (end after start, at most ten years). */
function spanOf(start: number, end: number): string | null {
  return end > start && end - start < MAX_SPAN_YEARS ? `${start}-${end}` : null;
}

function planSpan(plan: string | undefined): string | null {
  const end = PLAN_END[plan ?? ''];
  return end === undefined ? null : spanOf(end - 4, end);
}

// Ordered: longer, more specific words first, so that 明年 is not read as 年 and 2024年底 not as 2024年.
const RULES: readonly {
  pattern: RegExp;
  resolve: (m: RegExpExecArray, date: SpeechDate, speech: SpeechDate) => string | null;
}[] = [
  { pattern: /[“"]?(十[三四五]五)[”"]?(?:期末|末)/g, resolve: (m) => `${PLAN_END[m[1] ?? ''] ?? ''}` || null },
  // “十五五”时期, “十四五”期间, 十四五以来: the plan's five years.
  { pattern: /[“"]?(十[三四五]五)[”"]?(?:时期|期间|以来|规划期)/g, resolve: (m) => planSpan(m[1]) },
  // 2026—2030年, 2021-2025年: a span of years.
  {
    pattern: /(?<![比较])(\d{4})\s*(?:[—–-]{1,2}|至|到)\s*(\d{4})年/g,
    resolve: (m, date) => (Math.abs(Number(m[1]) - date.year) <= 10 ? spanOf(Number(m[1]), Number(m[2])) : null),
  },
  // 2025年1-9月, 1-11月: a total from January to the month named. With no year, the months are of
  // the speech's year if the last of them is over, else of the year before (1-11月 in January 2026).
  {
    pattern: /(?:(\d{4})年)?(?<![\d十])(?:1|一)\s*(?:[-—–~～]|至|到)\s*(\d{1,2})月(?:份)?(?:底|末)?/g,
    resolve: (m, date, speech) =>
      cumulativeMonths(m[1] === undefined ? undefined : Number(m[1]), Number(m[2]), date, speech),
  },
  // 前三季度, 2025年前三季度: the total of the quarters so far, like 1-9月.
  {
    pattern: /(?:(\d{4})年)?前([一二三1-3])(?:个)?季度/g,
    resolve: (m, date, speech) =>
      cumulativeMonths(m[1] === undefined ? undefined : Number(m[1]), Number(QUARTERS[m[2] ?? '']) * 3, date, speech),
  },
  // 2025年9月: a month of the year named before it.
  {
    pattern: /(\d{4})年(\d{1,2})月(?:份|底|末)?/g,
    resolve: (m, date) => {
      const year = Number(m[1]);
      const month = Number(m[2]);
      return Math.abs(year - date.year) <= 10 && month >= 1 && month <= 12
        ? `${year}-${String(month).padStart(2, '0')}`
        : null;
    },
  },
  // 2025全年, 2025年度: a year written without its 年 before 全年.
  {
    pattern: /(?<![\d比较])(\d{4})(?=全年|年度)/g,
    resolve: (m, date) => (Math.abs(Number(m[1]) - date.year) <= 10 ? `${Number(m[1])}` : null),
  },
  {
    // 比2020年翻一番 compares with 2020; the figure is not of 2020.
    pattern: /(?<![比较])(?:到|至)?(\d{4})年(?:底|末)?(?:前)?/g,
    resolve: (m, date) => {
      const year = Number(m[1]);
      // A year far from the speech is history or a name (1990年成立), not a period of a figure.
      return Math.abs(year - date.year) <= 10 ? `${year}` : null;
    },
  },
  { pattern: /([一二三四1-4])季度/g, resolve: (m, date) => `${date.year}-Q${QUARTERS[m[1] ?? ''] ?? ''}` },
  { pattern: /下半年/g, resolve: (_m, date) => `${date.year}-H2` },
  { pattern: /上半年/g, resolve: (_m, date) => `${date.year}-H1` },
  { pattern: /后年/g, resolve: (_m, date) => `${date.year + 2}` },
  { pattern: /明年/g, resolve: (_m, date) => `${date.year + 1}` },
  // 比去年提高 compares with last year and 占去年投资额的 takes a share of it; the figure itself is
  // of the year being reported.
  { pattern: /(?<![比较占])(?:去年|上年)/g, resolve: (_m, date) => `${date.year - 1}` },
  { pattern: /今年|全年|年度|年底|年内/g, resolve: (_m, date) => `${date.year}` },
  {
    pattern: /(\d{1,2})月(?:底|末|份)?前?/g,
    resolve: (m, date) => {
      const month = Number(m[1]);
      return month >= 1 && month <= 12 ? `${date.year}-${String(month).padStart(2, '0')}` : null;
    },
  },
];

/**
 * Every time expression in a text, resolved against the speech's date: in a speech of 2024-08,
 * 下半年 is 2024-H2, 明年 2025, 后年 2026; 十四五末 is 2025; 到2027年 is 2027. Under a section of a past
 * year, `date` is that year (全年 is 2025 in a 2026 report's look-back) while `speech`, the speech's
 * own date, says whether a period is over.
 */
export function findPeriodMentions(text: string, date: SpeechDate, speech: SpeechDate = date): PeriodMention[] {
  const mentions: PeriodMention[] = [];
  for (const { pattern, resolve } of RULES) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (mentions.some((m) => start < m.end && end > m.start)) continue;
      const period = resolve(match, date, speech);
      if (period === null) continue;
      const order = comparePeriodToSpeech(period, match[0], speech);
      mentions.push({ period, past: order < 0, future: order > 0, start, end });
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  // 截至2021年，高新区全年…: a 全年 after a named year is that year.
  for (let i = 1; i < mentions.length; i++) {
    const mention = mentions[i]!;
    const previous = mentions[i - 1]!;
    // 1-11月…，预计全年…: after a part of a named year, 全年 is that whole year.
    const year = /^(\d{4})(?:-(?:Q\d|H\d|\d{2}))?$/.exec(previous.period)?.[1];
    if (/^(?:全年|年度)$/.test(text.slice(mention.start, mention.end)) && year !== undefined) {
      const order = comparePeriodToSpeech(year, '', speech);
      mentions[i] = { ...mention, period: year, past: order < 0, future: order > 0 };
    }
  }
  return mentions;
}

// A total from January reported at the end of a quarter or half is of that quarter or half.
const CUMULATIVE_PART: Record<number, string> = { 3: 'Q1', 6: 'H1', 9: 'Q3' };

/** 1-9月 of 2025 → 2025-Q3, 1-11月 → 2025-11, 1-12月 → 2025; the year is the speech's or, if those months are still to come, the one before. */
function cumulativeMonths(
  named: number | undefined,
  month: number,
  date: SpeechDate,
  speech: SpeechDate,
): string | null {
  if (month < 2 || month > 12) return null;
  // Under a section of a past year (date, the reference) the months are of that year.
  const running = date.year === speech.year && speech.month !== undefined && month >= speech.month;
  const year = named ?? (running ? date.year - 1 : date.year);
  if (Math.abs(year - date.year) > 10) return null;
  if (month === 12) return `${year}`;
  return `${year}-${CUMULATIVE_PART[month] ?? String(month).padStart(2, '0')}`;
}

// The last month of a part of a year: 上半年 is over once July begins.
const LAST_MONTH: Record<string, number> = { H1: 6, H2: 12, Q1: 3, Q2: 6, Q3: 9, Q4: 12 };

/**
 * Negative when the period is over at the speech's date, positive when it lies in a later year.
 * Within the speech's year, a half, quarter or month that ended before the speech's month is
 * over (上半年 in an August speech reports results); one still running is neither.
 */
function comparePeriodToSpeech(period: string, words: string, date: SpeechDate): number {
  if (/去年|上年/.test(words)) return -1;
  // A span is over when its last year is, and ahead only when its first year is.
  const span = periodSpan(period);
  if (span) return span.end < date.year ? -1 : span.start > date.year ? 1 : 0;
  const year = Number(period.slice(0, 4));
  if (year !== date.year || date.month === undefined) return year - date.year;
  const part = period.slice(5);
  const lastMonth = LAST_MONTH[part] ?? (/^\d{2}$/.test(part) ? Number(part) : undefined);
  return lastMonth !== undefined && lastMonth < date.month ? -1 : 0;
}

/**
 * The five-year span a heading or lead-in speaks of (一、“十四五”时期工作回顾 → 2021-2025, 过去五年 in
 * a 2026 speech → 2021-2025, 今后五年 → 2026-2030), or undefined when it names none.
 */
export function findSpan(text: string, date: SpeechDate): string | undefined {
  const plan = /(十[三四五]五)(?![”"]?(?:期末|末))/.exec(text);
  if (plan) return planSpan(plan[1]) ?? undefined;
  // 过去五年, 五年来, 这五年 look back over the five years before the speech's year; 今后五年 looks ahead.
  if (/过去五年|五年来|这五年|近五年/.test(text)) return spanOf(date.year - 5, date.year - 1) ?? undefined;
  if (/今后五年|未来五年/.test(text)) return spanOf(date.year, date.year + 4) ?? undefined;
  return findPeriodMentions(text, date).find((m) => SPAN.test(m.period))?.period;
}

/**
 * Every five-year span a heading names, in order: 二、“十四五”时期发展成就和“十五五”时期主要目标任务
 * names 2021-2025 and 2026-2030, so a paragraph under it that looks ahead is of the second.
 */
export function findSpans(text: string, date: SpeechDate): string[] {
  const spans = [...text.matchAll(/(十[三四五]五)(?![”"]?(?:期末|末))/g)].map((m) => planSpan(m[1]));
  const own = findSpan(text, date);
  return [...new Set([...spans, own].filter((span): span is string => typeof span === 'string'))];
}

/** The span of those a heading names that faces the way a paragraph does: ahead, or back. */
export function spanFacing(spans: readonly string[], forward: boolean, date: SpeechDate): string | undefined {
  return spans.find((span) => {
    const years = periodSpan(span);
    return years !== undefined && (forward ? years.end > date.year : years.end < date.year);
  });
}

/** The period a figure refers to: the last time expression before it in its sentence, else the fallback. */
export function resolvePeriod(mentions: readonly PeriodMention[], position: number, fallback: string): string {
  let period = fallback;
  for (const mention of mentions) if (mention.start < position) period = mention.period;
  return period;
}
