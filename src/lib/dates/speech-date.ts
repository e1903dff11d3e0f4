/** A date as precise as the document states it: a day, a month, or only a year. */
export interface SpeechDate {
  /** `2024-08-21`, `2022-04` or `2019`: sorts correctly as a string. */
  iso: string;
  precision: 'day' | 'month' | 'year';
  year: number;
  month?: number;
  day?: number;
}

export type DateParseResult = { ok: true; date: SpeechDate } | { ok: false; reason: 'format' | 'impossible' };

const DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * Reads `2024-08-21`, `2022-04` or `2019`. A calendar-impossible day such as `2024-02-30` is
 * `impossible`, distinct from a malformed value, so staff are told which mistake they made.
 */
export function parseSpeechDate(input: string): DateParseResult {
  const match = DATE_PATTERN.exec(input.trim());
  if (!match) return { ok: false, reason: 'format' };
  const year = Number(match[1]);
  if (match[2] === undefined) return { ok: true, date: { iso: `${year}`, precision: 'year', year } };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return { ok: false, reason: 'impossible' };
  if (match[3] === undefined) {
    return { ok: true, date: { iso: `${match[1]}-${match[2]}`, precision: 'month', year, month } };
  }
  const day = Number(match[3]);
  if (day < 1 || day > daysInMonth(year, month)) return { ok: false, reason: 'impossible' };
  return { ok: true, date: { iso: input.trim(), precision: 'day', year, month, day } };
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** `2024年8月21日`, `2022年4月`, `2019年`: the way Chinese documents print dates. */
export function formatSpeechDate(date: SpeechDate): string {
  if (date.precision === 'year') return `${date.year}年`;
  if (date.precision === 'month') return `${date.year}年${date.month}月`;
  return `${date.year}年${date.month}月${date.day}日`;
}

/** A `YYYY-MM-DD` day (a build date) in the same form: `2026-12-03` → `2026年12月3日`; anything else as given. */
export function formatIsoDay(iso: string): string {
  const parsed = parseSpeechDate(iso);
  return parsed.ok ? formatSpeechDate(parsed.date) : iso;
}
