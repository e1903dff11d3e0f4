import { compareNewestFirst, compareYearsNewestFirst } from '../dates/newest-first';
import type { SpeechDate } from '../dates/speech-date';
import type { ClassifiedParagraph, ParagraphTheme } from '../themes/classify-paragraphs';
import { normalizeForMatching } from '../themes/score-text';
import type { SpeechBlock } from '../speech/types';
import { splitSentences } from '../text/sentences';

/** The parts of a speech a theme page needs. */
export interface PassageSource {
  slug: string;
  data: { title: string; kind: string };
  date: SpeechDate;
  blocks: readonly SpeechBlock[];
  paragraphThemes: readonly ClassifiedParagraph[];
  /** The speech's themes (speech-themes.ts): only speeches on the theme are listed under it. */
  themes: readonly string[];
}

/** A run of a sentence: `matched` runs are the theme's keywords, shown marked. */
export interface TextRun {
  text: string;
  matched: boolean;
}

export interface ExcerptSentence {
  /** 1-based sentence of the paragraph. */
  index: number;
  runs: TextRun[];
  /** Sentences of the paragraph were left out before this one. */
  gapBefore: boolean;
}

export interface ThemePassage {
  /** Paragraph anchor on the speech page, `p-12`. */
  id: string;
  index: number;
  /** The section heading the paragraph sits under, if any. */
  heading?: { id: string; text: string };
  /** The sentences that made the paragraph relevant, whole, with the keywords marked. */
  sentences: ExcerptSentence[];
  /** Sentences after the last one shown were left out. */
  gapAfter: boolean;
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

/** A passage shows at most this many of its relevant sentences: enough to read what it says. */
export const MAX_PASSAGE_SENTENCES = 3;

/**
 * Every speech on `theme` (its `themes`), newest first, with the passages about the theme in
 * reading order. A speech set on the theme by hand with no classified passage is listed with none.
 */
export function collectThemePassages(speeches: readonly PassageSource[], theme: string): ThemeSpeechGroup[] {
  const groups: ThemeSpeechGroup[] = [];
  for (const speech of speeches) {
    if (!speech.themes.includes(theme)) continue;
    const passages: ThemePassage[] = [];
    const headings = new Map<string, { id: string; text: string }>();
    const paragraphs = new Map<string, { text: string; headingPath: readonly string[] }>();
    for (const block of speech.blocks) {
      if (block.type === 'heading') headings.set(block.id, { id: block.id, text: block.text });
      else paragraphs.set(block.id, block);
    }
    for (const paragraph of speech.paragraphThemes) {
      const reason = paragraph.themes.find((t) => t.slug === theme);
      const block = paragraphs.get(paragraph.id);
      if (reason === undefined || block === undefined) continue;
      const heading = headings.get(block.headingPath.at(-1) ?? '');
      passages.push({
        id: paragraph.id,
        index: paragraph.index,
        ...(heading && { heading }),
        ...excerptSentences(block.text, reason),
        reason,
      });
    }
    passages.sort((a, b) => a.index - b.index);
    groups.push({ slug: speech.slug, title: speech.data.title, kind: speech.data.kind, date: speech.date, passages });
  }
  return groups.sort(compareNewestFirst);
}

function excerptSentences(text: string, reason: ParagraphTheme): Pick<ThemePassage, 'sentences' | 'gapAfter'> {
  const all = splitSentences(text);
  const wanted = new Set(reason.sentences.slice(0, MAX_PASSAGE_SENTENCES));
  const terms = reason.matches.map((m) => m.term);
  const shown = all.filter((s) => wanted.has(s.index));
  let previous = 0;
  const sentences = shown.map((sentence): ExcerptSentence => {
    const gapBefore = sentence.index !== previous + 1;
    previous = sentence.index;
    return { index: sentence.index, runs: markTerms(sentence.text.trim(), terms), gapBefore };
  });
  return { sentences, gapAfter: previous < all.length };
}

/**
 * Splits `text` into runs, marking every occurrence of `terms` (longest first, compared as the
 * classifier compares: full-width ASCII folded, case ignored).
 */
export function markTerms(text: string, terms: readonly string[]): TextRun[] {
  const wanted = [...new Set(terms.map(normalizeForMatching))]
    .filter((t) => t !== '')
    .sort((a, b) => b.length - a.length);
  if (wanted.length === 0) return text === '' ? [] : [{ text, matched: false }];
  const pattern = new RegExp(wanted.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
  const runs: TextRun[] = [];
  let last = 0;
  // normalizeForMatching keeps offsets, so positions found in the folded text cut the original.
  for (const match of normalizeForMatching(text).matchAll(pattern)) {
    if (match.index > last) runs.push({ text: text.slice(last, match.index), matched: false });
    runs.push({ text: text.slice(match.index, match.index + match[0].length), matched: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) runs.push({ text: text.slice(last), matched: false });
  return runs;
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
  return [...years.values()].sort((a, b) => compareYearsNewestFirst(a.year, b.year));
}
