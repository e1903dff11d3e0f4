import { isDictionaryTerm, type SearchDictionary } from './dictionary';
import { readFigureKey } from './figures';
import { normalizeForSearch } from './normalize';
import { expandSynonyms, type SynonymGroups } from './synonyms';
import { isFigure, isSearchableToken, tokenize } from './tokenize';

/** One way a page may contain a query part. */
export interface QueryForm {
  /** What the page must contain, normalized (３％ → 3%). */
  text: string;
  /**
   * What to ask Pagefind, always quoted so that Pagefind matches exactly (unquoted, it also takes
   * words that merely start with the term, and drops terms found nowhere): a policy term or figure
   * as one whole word (`"综保区"`, `"600亿元"`), anything else as the phrase of its index words
   * (`"风 口 产 业"`).
   */
  pagefindQuery: string;
  /**
   * `typed`: as the reader typed it; `simplified`: its Traditional characters folded; `synonym`:
   * another name; `figure`: a figure's value in its base unit (12000人 for 1.2万人).
   */
  via: 'typed' | 'simplified' | 'synonym' | 'figure';
  /** For a figure, its value key (figures.ts): a page holds the form if it states the same value. */
  figure?: string;
}

/** One space-separated part of a query; a page must contain every part, in any of its forms. */
export interface QueryPart {
  /** The part as typed, normalized. */
  text: string;
  /** Quoted by the reader ("规上"): only the form typed is searched. */
  exact: boolean;
  /** The typed form first, then the others (Simplified, other names), without repeats. */
  forms: QueryForm[];
}

export interface PreparedQuery {
  /** The normalized query, parts joined by one space; empty when nothing searchable was typed. */
  text: string;
  parts: QueryPart[];
}

export interface QueryContext {
  dictionary: SearchDictionary;
  synonyms?: SynonymGroups;
  /** Folds Traditional characters to Simplified (script-fold.ts); absent when the query has none. */
  simplify?: (text: string) => string;
}

// Quotes a reader may type around a phrase; a quoted part is searched only as typed.
const QUOTED = /["“”'‘’「」『』]([^"“”'‘’「」『』]*)["“”'‘’「」『』]?/g;
const QUOTES = /["“”'‘’「」『』]/g;

/** Turns what the reader typed into the searches that find exactly the pages containing it. */
export function prepareQuery(raw: string, { dictionary, synonyms = [], simplify }: QueryContext): PreparedQuery {
  const parts: QueryPart[] = [];
  for (const { piece, exact } of splitQuery(normalizeForSearch(raw))) {
    const text = trimToWords(piece);
    if (text === undefined || parts.some((part) => part.text === text)) continue;
    const forms: QueryForm[] = [toForm(text, 'typed', dictionary)];
    const add = (other: string, via: QueryForm['via']) => {
      if (!forms.some((form) => form.text === other)) forms.push(toForm(other, via, dictionary));
    };
    if (!exact) {
      const simplified = simplify?.(text) ?? text;
      if (simplified !== text) add(simplified, 'simplified');
      for (const alternative of expandSynonyms(simplified, synonyms)) add(alternative.text, 'synonym');
      const key = forms[0]!.figure;
      if (key !== undefined) add(key, 'figure');
    }
    parts.push({ text, exact, forms });
  }
  return { text: parts.map((part) => part.text).join(' '), parts };
}

/**
 * The forms of a query searched beyond what was typed, to tell the reader (同时检索了：综合保税区).
 * A figure's value key (60000000000元) is left out: it is how search compares figures, not a way
 * anyone writes them; each result says how its page writes the figure instead.
 */
export function otherForms(query: PreparedQuery): string[] {
  return query.parts.flatMap((part) =>
    part.forms.filter((form) => form.via !== 'typed' && form.via !== 'figure').map((form) => form.text),
  );
}

/** A part that was also searched in other forms, to show how quoting opts out (`"规上"`); or undefined. */
export function quoteExample(query: PreparedQuery): string | undefined {
  return query.parts.find((part) => otherForms({ ...query, parts: [part] }).length > 0)?.text;
}

/** Space-separated pieces; those inside quotes are marked exact. */
function splitQuery(text: string): { piece: string; exact: boolean }[] {
  const pieces: { piece: string; exact: boolean }[] = [];
  let at = 0;
  const loose = (chunk: string) => {
    for (const piece of chunk.replace(QUOTES, ' ').split(/\s+/)) pieces.push({ piece, exact: false });
  };
  for (const match of text.matchAll(QUOTED)) {
    loose(text.slice(at, match.index));
    for (const piece of (match[1] ?? '').split(/\s+/)) pieces.push({ piece, exact: true });
    at = match.index + match[0].length;
  }
  loose(text.slice(at));
  return pieces;
}

/** The piece without punctuation typed at either end (综保区，); undefined when nothing is searchable. */
function trimToWords(piece: string): string | undefined {
  const words = tokenize(piece).filter(isSearchableToken);
  if (words.length === 0) return undefined;
  return piece.slice(piece.indexOf(words[0]!.text), piece.lastIndexOf(words.at(-1)!.text) + words.at(-1)!.text.length);
}

function toForm(text: string, via: QueryForm['via'], dictionary: SearchDictionary): QueryForm {
  const whole = isDictionaryTerm(text, dictionary) || isFigure(text);
  const words = tokenize(text).filter(isSearchableToken);
  const figure = readFigureKey(text);
  return {
    text,
    via,
    pagefindQuery: `"${whole ? text : words.map((word) => word.text).join(' ')}"`,
    ...(figure === undefined ? {} : { figure }),
  };
}
