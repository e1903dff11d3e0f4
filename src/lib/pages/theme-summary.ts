import type { ClassifiedParagraph } from '../themes/classify-paragraphs';

export interface ThemeSummary<T> {
  theme: T;
  /** Speeches on the theme (their `themes`, the definition every page uses). */
  speeches: number;
  /** Passages about the theme in those speeches. */
  passages: number;
}

/** Speech and passage counts of every theme, in the order of `themes`; the theme page lists the same. */
export function summarizeThemes<T extends { slug: string }>(
  speeches: readonly { themes: readonly string[]; paragraphThemes: readonly ClassifiedParagraph[] }[],
  themes: readonly T[],
): ThemeSummary<T>[] {
  return themes.map((theme) => {
    const on = speeches.filter((speech) => speech.themes.includes(theme.slug));
    const passages = on.reduce(
      (sum, speech) => sum + speech.paragraphThemes.filter((p) => p.themes.some((t) => t.slug === theme.slug)).length,
      0,
    );
    return { theme, speeches: on.length, passages };
  });
}
