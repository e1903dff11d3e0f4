import type { Theme } from '../schemas/theme';
import type { ClassifiedParagraph } from './classify-paragraphs';

/**
 * The themes of a whole speech, in the site's theme order — the one definition of “a speech is in
 * theme X” that lists, counts, filters, feeds and the search index all use. A speech is on a theme
 * when staff set it by hand in the front matter, or when a real part of the speech is about it:
 * `minSpeechParagraphs` paragraphs about it, or one that opens with it or sits under a heading
 * about it. One passing paragraph in a long report does not put the report under the theme.
 */
export function summarizeSpeechThemes(
  handThemes: readonly string[],
  paragraphs: readonly ClassifiedParagraph[],
  themes: readonly Pick<Theme, 'slug' | 'minSpeechParagraphs'>[],
): string[] {
  const present = new Set(handThemes);
  for (const theme of themes) {
    const about = paragraphs.flatMap((p) => p.themes.filter((t) => t.slug === theme.slug));
    if (about.length >= theme.minSpeechParagraphs || about.some((t) => t.leads)) present.add(theme.slug);
  }
  return themes.map((theme) => theme.slug).filter((slug) => present.has(slug));
}
