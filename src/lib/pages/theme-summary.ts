import type { ClassifiedParagraph } from '../themes/classify-paragraphs';

export interface ThemeSummary<T> {
  theme: T;
  /** Speeches with at least one passage under the theme. */
  speeches: number;
  passages: number;
}

/** Speech and passage counts of every theme, in the order of `themes`. */
export function summarizeThemes<T extends { slug: string }>(
  speeches: readonly { paragraphThemes: readonly ClassifiedParagraph[] }[],
  themes: readonly T[],
): ThemeSummary<T>[] {
  return themes.map((theme) => {
    let speechCount = 0;
    let passages = 0;
    for (const speech of speeches) {
      const here = speech.paragraphThemes.filter((p) => p.themes.some((t) => t.slug === theme.slug)).length;
      passages += here;
      if (here > 0) speechCount += 1;
    }
    return { theme, speeches: speechCount, passages };
  });
}
