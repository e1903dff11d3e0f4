import type { ClassifiedParagraph } from './classify-paragraphs';

/**
 * The themes of a whole speech, in the site's theme order: those staff set by hand in the front
 * matter plus every theme at least one of its paragraphs was given.
 */
export function summarizeSpeechThemes(
  handThemes: readonly string[],
  paragraphs: readonly ClassifiedParagraph[],
  themeOrder: readonly string[],
): string[] {
  const present = new Set(handThemes);
  for (const paragraph of paragraphs) for (const theme of paragraph.themes) present.add(theme.slug);
  return themeOrder.filter((slug) => present.has(slug));
}
