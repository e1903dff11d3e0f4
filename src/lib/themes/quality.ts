import type { ClassifiedParagraph } from './classify-paragraphs';

/** One speech of the hand-annotated answer key (tests/fixtures/themes-annotated/annotations.yaml). */
export interface AnnotatedSpeech {
  speech: string;
  /** Themes the whole speech is on. */
  themes: readonly string[];
  /** Paragraph number → themes the paragraph is about; unlisted paragraphs are about none. */
  paragraphs: Readonly<Record<number, readonly string[]>>;
}

/** What the classifier said about the same speech. */
export interface ClassifiedSpeech {
  slug: string;
  themes: readonly string[];
  paragraphThemes: readonly ClassifiedParagraph[];
}

/** A paragraph where the classifier and the annotator disagree on one theme. */
export interface ParagraphMiss {
  speech: string;
  paragraph: number;
  theme: string;
  /** `extra`: tagged but not about the theme (lowers precision); `missed`: about it but not tagged (lowers recall). */
  kind: 'extra' | 'missed';
}

export interface ThemeQuality {
  theme: string;
  /** Paragraphs tagged and about the theme. */
  agreed: number;
  extra: number;
  missed: number;
  precision: number;
  recall: number;
  /** Speeches on whose membership in this theme classifier and annotator agree. */
  speechesAgreed: number;
  speeches: number;
}

export interface QualityReport {
  themes: ThemeQuality[];
  /** Over all themes' paragraphs (micro average). */
  precision: number;
  recall: number;
  /** Share of (speech, theme) pairs classifier and annotator agree on. */
  speechAgreement: number;
  misses: ParagraphMiss[];
  speechMisses: { speech: string; theme: string; kind: 'extra' | 'missed' }[];
}

/**
 * Compares the classifier with the hand annotations, theme by theme. A theme with nothing tagged
 * and nothing to find scores 1 (there was nothing to get wrong), not 0/0.
 * Throws when a speech of the key was not classified, so a renamed seed cannot pass unmeasured.
 */
export function measureThemeQuality(
  key: readonly AnnotatedSpeech[],
  classified: readonly ClassifiedSpeech[],
  themes: readonly string[],
): QualityReport {
  const bySlug = new Map(classified.map((speech) => [speech.slug, speech]));
  const misses: ParagraphMiss[] = [];
  const speechMisses: QualityReport['speechMisses'] = [];
  const counts = new Map(themes.map((theme) => [theme, { agreed: 0, extra: 0, missed: 0, speechesAgreed: 0 }]));

  for (const annotated of key) {
    const speech = bySlug.get(annotated.speech);
    if (speech === undefined) throw new Error(`annotated speech ${annotated.speech} was not classified`);
    for (const paragraph of speech.paragraphThemes) {
      const expected = new Set(annotated.paragraphs[paragraph.index] ?? []);
      const tagged = new Set(paragraph.themes.map((t) => t.slug));
      for (const theme of themes) {
        const count = counts.get(theme);
        if (count === undefined) continue;
        if (tagged.has(theme) && expected.has(theme)) count.agreed += 1;
        else if (tagged.has(theme)) {
          count.extra += 1;
          misses.push({ speech: annotated.speech, paragraph: paragraph.index, theme, kind: 'extra' });
        } else if (expected.has(theme)) {
          count.missed += 1;
          misses.push({ speech: annotated.speech, paragraph: paragraph.index, theme, kind: 'missed' });
        }
      }
    }
    for (const theme of themes) {
      const count = counts.get(theme);
      if (count === undefined) continue;
      const expected = annotated.themes.includes(theme);
      const found = speech.themes.includes(theme);
      if (expected === found) count.speechesAgreed += 1;
      else speechMisses.push({ speech: annotated.speech, theme, kind: found ? 'extra' : 'missed' });
    }
  }

  const rows = themes.map((theme): ThemeQuality => {
    const { agreed, extra, missed, speechesAgreed } = counts.get(theme) ?? {
      agreed: 0,
      extra: 0,
      missed: 0,
      speechesAgreed: 0,
    };
    return {
      theme,
      agreed,
      extra,
      missed,
      precision: ratio(agreed, agreed + extra),
      recall: ratio(agreed, agreed + missed),
      speechesAgreed,
      speeches: key.length,
    };
  });
  const sum = (pick: (row: ThemeQuality) => number) => rows.reduce((total, row) => total + pick(row), 0);
  return {
    themes: rows,
    precision: ratio(
      sum((r) => r.agreed),
      sum((r) => r.agreed + r.extra),
    ),
    recall: ratio(
      sum((r) => r.agreed),
      sum((r) => r.agreed + r.missed),
    ),
    speechAgreement: ratio(
      sum((r) => r.speechesAgreed),
      sum((r) => r.speeches),
    ),
    misses,
    speechMisses,
  };
}

function ratio(part: number, whole: number): number {
  return whole === 0 ? 1 : part / whole;
}
