import { formatSpeechDate, type SpeechDate } from '../dates/speech-date';
import { compareChinese, compareCodes } from '../text/compare';
import { displayRedactions } from '../text/redaction';

export interface CollectionSummary {
  count: number;
  /** Issuing bodies, most speeches first, redactions shown as such; empty when none is stated. */
  organizations: string[];
  /** Places the speeches state, most speeches first. */
  regions: string[];
  /** Earliest and latest date, formatted (2019年 … 2024年8月21日); absent without speeches. */
  from?: string;
  to?: string;
}

/** How many bodies and places the home page names before it says 等. */
export const MAX_NAMED = 3;

/** Whose speeches the site holds, from the speeches themselves: bodies, places, dates, count. */
export function summarizeCollection(
  speeches: readonly { data: { organization?: string | undefined; region?: string | undefined }; date: SpeechDate }[],
): CollectionSummary {
  const dates = speeches.map((speech) => speech.date).sort((a, b) => compareCodes(a.iso, b.iso));
  const first = dates[0];
  const last = dates.at(-1);
  return {
    count: speeches.length,
    organizations: mostFrequent(speeches.map((speech) => speech.data.organization)),
    regions: mostFrequent(speeches.map((speech) => speech.data.region)),
    ...(first && { from: formatSpeechDate(first) }),
    ...(last && { to: formatSpeechDate(last) }),
  };
}

function mostFrequent(values: readonly (string | undefined)[]): string[] {
  const counts = new Map<string, number>();
  for (const value of values) {
    if (value === undefined) continue;
    const shown = displayRedactions(value);
    counts.set(shown, (counts.get(shown) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || compareChinese(a[0], b[0])).map(([value]) => value);
}

/** The list as copy writes it: 甲、乙、丙等 (at most MAX_NAMED names). */
export function nameList(names: readonly string[]): string {
  return names.slice(0, MAX_NAMED).join('、') + (names.length > MAX_NAMED ? '等' : '');
}
