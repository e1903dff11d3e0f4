import type { SpeechDate } from '../dates/speech-date';
import type { ClassifiedParagraph, ParagraphTheme } from '../themes/classify-paragraphs';
import type { ParagraphBlock } from '../speech/types';

/** The parts of a speech a theme page needs. */
export interface PassageSource {
  slug: string;
  data: { title: string; kind: string };
  date: SpeechDate;
  paragraphs: readonly ParagraphBlock[];
  paragraphThemes: readonly ClassifiedParagraph[];
}

export interface ThemePassage {
  /** Paragraph anchor on the speech page, `p-12`. */
  id: string;
  index: number;
  text: string;
  /** Why the paragraph is under this theme. */
  reason: ParagraphTheme;
}

export interface ThemeSpeechGroup {
  slug: string;
  title: string;
  kind: string;
  date: SpeechDate;
  passages: ThemePassage[];
}

export interface YearCount {
  year: number;
  speeches: number;
  passages: number;
}

/** Every passage classified under `theme`, grouped by speech, newest speech first, passages in reading order. */
export function collectThemePassages(speeches: readonly PassageSource[], theme: string): ThemeSpeechGroup[] {
  const groups: ThemeSpeechGroup[] = [];
  for (const speech of speeches) {
    const textById = new Map(speech.paragraphs.map((p) => [p.id, p.text]));
    const passages: ThemePassage[] = [];
    for (const paragraph of speech.paragraphThemes) {
      const reason = paragraph.themes.find((t) => t.slug === theme);
      if (reason === undefined) continue;
      passages.push({ id: paragraph.id, index: paragraph.index, text: textById.get(paragraph.id) ?? '', reason });
    }
    if (passages.length === 0) continue;
    passages.sort((a, b) => a.index - b.index);
    groups.push({ slug: speech.slug, title: speech.data.title, kind: speech.data.kind, date: speech.date, passages });
  }
  // ISO dates of any precision sort as strings (2024 < 2024-08 < 2024-08-21); the slug breaks ties
  // so that two builds of the same content list speeches in the same order.
  return groups.sort((a, b) => b.date.iso.localeCompare(a.date.iso) || a.slug.localeCompare(b.slug));
}

/** Speeches and passages per year, newest year first. */
export function countByYear(groups: readonly ThemeSpeechGroup[]): YearCount[] {
  const years = new Map<number, YearCount>();
  for (const group of groups) {
    const count = years.get(group.date.year) ?? { year: group.date.year, speeches: 0, passages: 0 };
    count.speeches += 1;
    count.passages += group.passages.length;
    years.set(group.date.year, count);
  }
  return [...years.values()].sort((a, b) => b.year - a.year);
}
