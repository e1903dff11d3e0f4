import { parseSpeechDate, type SpeechDate } from '@/lib/dates/speech-date';

/** The SpeechDate of `2024-08-21`, `2022-04` or `2019`, for tests; throws on anything else. */
export function speechDate(iso: string): SpeechDate {
  const parsed = parseSpeechDate(iso);
  if (!parsed.ok) throw new Error(`not a speech date: ${iso}`);
  return parsed.date;
}
