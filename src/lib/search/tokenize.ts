import { UNITS_LONGEST_FIRST } from '../numbers/units';

/**
 * How text is cut into the words Pagefind indexes, the same at build time and in the browser.
 *
 * Every Han character is its own word; a run of Latin letters and digits written together stays
 * one word (170.5, GDP, 5G, C919, PM2.5, IPv6: a reader types 5G as one thing, and splitting it
 * would lose whether the speech had a space inside it); everything is separated by spaces so Pagefind (told the text is English) does no segmentation of
 * its own. A phrase search over single characters is then an exact substring search, which no
 * word segmenter can promise: segmenters cut the same characters differently in different contexts.
 * Policy terms and figures are added on top as whole words (see index-document.ts).
 */
/** `number`: digits only (170.5, 93%); `latin`: a run with a letter (GDP, 5G, PM2.5, IPv6). */
export type TokenKind = 'han' | 'number' | 'latin' | 'other';

export interface Token {
  text: string;
  kind: TokenKind;
}

// Letters and digits written together are one word; a `.` joins them only before a digit (170.5,
// PM2.5, but not 'RCEP.'). A percentage stays with its number (93%), as Pagefind is told to keep
// `%` in words.
const TOKEN = /([A-Za-z0-9]+(?:\.\d+[A-Za-z0-9]*)*%?)|(\p{Script=Han})|(\S)/gu;
const DIGITS_ONLY = /^[\d.]+%?$/;
// TOKEN with Han characters taken a run at a time, for spaceIndexWords: one match per run instead
// of one per character.
const TOKEN_RUNS = /([A-Za-z0-9]+(?:\.\d+[A-Za-z0-9]*)*%?)|(\p{Script=Han}+)|(\S)/gu;

/** Cuts normalized text into index words; whitespace only separates and is not returned. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const kind: TokenKind = match[1] ? (DIGITS_ONLY.test(match[1]) ? 'number' : 'latin') : match[2] ? 'han' : 'other';
    tokens.push({ text: match[0], kind });
  }
  return tokens;
}

/**
 * The index words of normalized text one space apart, as Pagefind is given them; punctuation is
 * glued to the word before it (index-document.ts says why). The same cut as {@link tokenize},
 * without a token object, and a run of Han characters at a time: spacing was a quarter of the index
 * worker's time (profile of 3,000 speeches, 2026-12-04); documents stay byte-identical.
 */
export function spaceIndexWords(text: string): string {
  let words = '';
  for (const match of text.matchAll(TOKEN_RUNS)) {
    // A run of Han characters is a run of one-character words (a Latin run cannot start inside it).
    if (match[2] !== undefined) words += ` ${Array.from(match[2]).join(' ')}`;
    else words += match[1] === undefined && words !== '' ? match[0] : ` ${match[0]}`;
  }
  return words.trimStart();
}

/** Whether a token carries meaning for search (punctuation does not). */
export function isSearchableToken(token: Token): boolean {
  return token.kind !== 'other';
}

const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// A figure is a number with a unit the targets also know (亿元, %, 万平方米 …). The lookbehind keeps
// 93% from also counting as 3%, 170.5亿元 from counting as 5亿元, and a code (P3, G20) from being
// read as a figure, as in src/lib/numbers.
const FIGURE_SOURCE = `(?<![\\d.A-Za-z])\\d+(?:\\.\\d+)?(?:${UNITS_LONGEST_FIRST.map(escapeRegExp).join('|')})`;
const FIGURE = new RegExp(FIGURE_SOURCE, 'gu');
const WHOLE_FIGURE = new RegExp(`^${FIGURE_SOURCE}$`, 'u');

/** Figures with units as written in normalized text, in order: `600亿元`, `170.5亿元`, `93%`. */
export function findFigures(text: string): string[] {
  return [...text.matchAll(FIGURE)].map((match) => match[0]);
}

/** Whether the whole of `text` is one figure with its unit. */
export function isFigure(text: string): boolean {
  return WHOLE_FIGURE.test(text);
}
