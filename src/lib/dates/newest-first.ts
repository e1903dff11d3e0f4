import { compareCodes } from '../text/compare';
import type { SpeechDate } from './speech-date';

/** What places a speech in the site's order: its date, and its slug for speeches of one date. */
export interface SpeechOrderKey {
  date: Pick<SpeechDate, 'iso'>;
  slug: string;
}

/**
 * The site's order of speeches, everywhere they are listed: newest first, and on the same date the
 * slug that sorts first, so the order is the same on every build. A date known only to the month
 * (`2022-04`) or year (`2022`) follows the days of that month or year.
 */
export function compareNewestFirst(a: SpeechOrderKey, b: SpeechOrderKey): number {
  return compareCodes(b.date.iso, a.date.iso) || compareCodes(a.slug, b.slug);
}

/** Years as the site lists them: the newest first. */
export function compareYearsNewestFirst(a: number, b: number): number {
  return b - a;
}
