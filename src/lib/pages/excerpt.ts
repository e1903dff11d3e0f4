import { splitSentences } from '../text/sentences';
import { normalizeForMatching } from '../themes/score-text';

/**
 * A short quote of a paragraph for lists: the first sentence that contains one of `terms` (the
 * keywords that put it under a theme), else its first sentence, cut to `maxLength` characters.
 * Theme pages list hundreds of passages; quoting whole paragraphs would make them megabytes.
 */
export function excerptPassage(text: string, terms: readonly string[], maxLength = 120): string {
  const sentences = splitSentences(text.trim());
  const wanted = terms.map(normalizeForMatching).filter((term) => term !== '');
  const hit = sentences.find((sentence) => {
    const normalized = normalizeForMatching(sentence.text);
    return wanted.some((term) => normalized.includes(term));
  });
  const sentence = (hit ?? sentences[0])?.text.trim() ?? '';
  return shortenText(sentence, maxLength, '…');
}

/** Cuts `text` to `maxLength` characters (code points, so no character is split) and appends `mark`. */
export function shortenText(text: string, maxLength: number, mark: string): string {
  const chars = Array.from(text);
  return chars.length <= maxLength ? text : `${chars.slice(0, maxLength).join('')}${mark}`;
}
