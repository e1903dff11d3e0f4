import { isDictionaryTerm, type SearchDictionary } from './dictionary';
import { normalizeForSearch } from './normalize';
import { isFigure, isSearchableToken, tokenize } from './tokenize';

/** One space-separated part of a query; a page must contain every part verbatim. */
export interface QueryPart {
  /** The part as the page must contain it, normalized (３％ → 3%). */
  text: string;
  /**
   * What to ask Pagefind, always quoted so that Pagefind matches exactly (unquoted, it also takes
   * words that merely start with the term, and drops terms found nowhere): a policy term or figure
   * as one whole word (`"综保区"`, `"600亿元"`), anything else as the phrase of its index words
   * (`"风 口 产 业"`).
   */
  pagefindQuery: string;
}

export interface PreparedQuery {
  /** The normalized query, parts joined by one space; empty when nothing searchable was typed. */
  text: string;
  parts: QueryPart[];
}

// Quotes a reader may type around a phrase; every part is matched exactly anyway.
const QUOTES = /["“”'‘’「」『』]/g;

/** Turns what the reader typed into the searches that find exactly the pages containing it. */
export function prepareQuery(raw: string, dictionary: SearchDictionary): PreparedQuery {
  const parts: QueryPart[] = [];
  for (const piece of normalizeForSearch(raw).replace(QUOTES, ' ').split(/\s+/)) {
    const words = tokenize(piece).filter(isSearchableToken);
    if (words.length === 0) continue;
    // Punctuation typed at either end (综保区，) is not part of what the reader looks for.
    const text = piece.slice(
      piece.indexOf(words[0]!.text),
      piece.lastIndexOf(words.at(-1)!.text) + words.at(-1)!.text.length,
    );
    if (parts.some((part) => part.text === text)) continue;
    const whole = isDictionaryTerm(text, dictionary) || isFigure(text);
    parts.push({ text, pagefindQuery: `"${whole ? text : words.map((word) => word.text).join(' ')}"` });
  }
  return { text: parts.map((part) => part.text).join(' '), parts };
}
