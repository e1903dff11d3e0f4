import type { Speech } from '../collections';
import { displaySource } from '../pages/speech-source';
import { speechPath } from '../pages/urls';

/** One speech in `/data/speeches.json`: its metadata, never its text (that is on the page). */
export interface SpeechRecord {
  slug: string;
  url: string;
  title: string;
  /** As precise as the document: `2024-08-21`, `2022-04` or `2019`. */
  date: string;
  date_precision: 'day' | 'month' | 'year';
  date_note: string | null;
  kind: string;
  occasion: string;
  speaker: string | null;
  organization: string | null;
  region: string | null;
  source: string;
  summary: string;
  themes: string[];
  paragraphs: number;
}

/** Open-data view of the speeches, in the site's order (newest first). */
export function toSpeechRecords(speeches: readonly Speech[], site: URL): SpeechRecord[] {
  return speeches.map(({ slug, data, date, themes, paragraphs }) => ({
    slug,
    url: new URL(speechPath(slug), site).href,
    title: data.title,
    date: date.iso,
    date_precision: date.precision,
    date_note: data.dateNote ?? null,
    kind: data.kind,
    occasion: data.occasion,
    speaker: data.speaker ?? null,
    organization: data.organization ?? null,
    region: data.region ?? null,
    source: displaySource(data.source),
    summary: data.summary,
    themes,
    paragraphs: paragraphs.length,
  }));
}
