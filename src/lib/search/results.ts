import { TERMS_MARKER } from './index-document';
import type { PreparedQuery } from './query';

/**
 * Turns the words Pagefind stored for a page back into readable text: drops the appended terms,
 * and removes the spaces indexing put between characters (keeping one between two Latin words or
 * numbers, where the speech had one).
 */
export function cleanIndexedText(indexed: string): string {
  const markerAt = indexed.indexOf(TERMS_MARKER);
  const body = markerAt === -1 ? indexed : indexed.slice(0, markerAt);
  const words = body
    .split(/\s+/)
    .filter((word) => word !== '')
    // Pagefind ends each block (heading, paragraph) with ". " in a page's content; Chinese text
    // never puts an ASCII full stop after a character, so it is Pagefind's and is dropped.
    .map((word) => word.replace(/(\p{Script=Han})\.$/u, '$1'));
  let text = '';
  for (const word of words) {
    if (text !== '' && /[A-Za-z0-9%]$/.test(text) && /^[A-Za-z0-9]/.test(word)) text += ' ';
    text += word;
  }
  return text;
}

/**
 * Where `needle` occurs in `text` as written (ASCII letters ignore case). A needle starting or
 * ending with a letter or digit must not be part of a longer word of letters and digits, which
 * the index holds as one word (tokenize.ts): 3% is not found in 93%, nor 60 in 600, 5G in 45G,
 * A股 in 2A股 or GDP in GDPR.
 */
export function findVerbatim(text: string, needle: string): number[] {
  if (needle === '') return [];
  const haystack = text.toLowerCase();
  const target = needle.toLowerCase();
  const found: number[] = [];
  for (let at = haystack.indexOf(target); at !== -1; at = haystack.indexOf(target, at + 1)) {
    const before = haystack.slice(Math.max(0, at - 2), at);
    const after = haystack.slice(at + target.length, at + target.length + 2);
    if (/^[a-z0-9]/.test(target) && /([a-z0-9]|\d\.)$/.test(before)) continue;
    if (/[a-z0-9]$/.test(target) && /^([a-z0-9]|\.\d)/.test(after)) continue;
    found.push(at);
  }
  return found;
}

/** Whether `text` contains every part of the query verbatim. */
export function containsQuery(text: string, query: PreparedQuery): boolean {
  return query.parts.length > 0 && query.parts.every((part) => findVerbatim(text, part.text).length > 0);
}

/** A piece of an excerpt; `mark` pieces are the query as found. */
export interface ExcerptPiece {
  text: string;
  mark: boolean;
}

/**
 * An excerpt of about `length` characters around the first occurrence of any query part, every
 * occurrence inside it marked. Returns pieces, not HTML, so the page never injects markup.
 */
export function buildExcerpt(text: string, query: PreparedQuery, length = 80): ExcerptPiece[] {
  const hits = query.parts
    .flatMap((part) => findVerbatim(text, part.text).map((start) => ({ start, end: start + part.text.length })))
    .sort((a, b) => a.start - b.start);
  const first = hits[0];
  const from = first ? Math.max(0, first.start - Math.floor(length / 3)) : 0;
  const to = Math.min(text.length, from + length);
  const pieces: ExcerptPiece[] = [];
  let at = from;
  if (from > 0) pieces.push({ text: '…', mark: false });
  for (const hit of hits) {
    if (hit.start < at || hit.end > to) continue;
    if (hit.start > at) pieces.push({ text: text.slice(at, hit.start), mark: false });
    pieces.push({ text: text.slice(hit.start, hit.end), mark: true });
    at = hit.end;
  }
  if (at < to) pieces.push({ text: text.slice(at, to), mark: false });
  if (to < text.length) pieces.push({ text: '…', mark: false });
  return pieces;
}

/** An element of the page with an id, as Pagefind reports it (`p-12`, `h-3`). */
export interface IndexedAnchor {
  id: string;
  text: string;
}

export interface SubResult {
  id: string;
  /**
   * `/speeches/x/#p-12`: the browser scrolls to the paragraph and the speech page's `:target` style
   * marks it. No text directive here: Chromium then highlights the first occurrence on the whole
   * page (often in the summary) and no longer applies `:target` to the paragraph.
   */
  href: string;
  excerpt: ExcerptPiece[];
}

/** The headings and paragraphs of a page that contain the query, in page order, at most `limit`. */
export function pickSubResults(
  url: string,
  anchors: readonly IndexedAnchor[],
  query: PreparedQuery,
  limit = 3,
): SubResult[] {
  const subResults: SubResult[] = [];
  for (const anchor of anchors) {
    if (subResults.length >= limit) break;
    if (!/^[ph]-\d+$/.test(anchor.id)) continue;
    const text = cleanIndexedText(anchor.text);
    if (!query.parts.some((part) => findVerbatim(text, part.text).length > 0)) continue;
    subResults.push({
      id: anchor.id,
      href: `${url}#${anchor.id}`,
      excerpt: buildExcerpt(text, query),
    });
  }
  return subResults;
}

/**
 * A link that asks the browser to scroll to and highlight the first occurrence of `text` (a URL
 * text fragment, native, so speech pages need no script); used for a result's title link.
 * `-`, `&` and `,` are syntax in a text directive and are escaped beyond encodeURIComponent.
 */
export function textFragmentHref(url: string, anchorId: string, text: string): string {
  const encoded = encodeURIComponent(text).replace(/-/g, '%2D').replace(/,/g, '%2C');
  return `${url}#${anchorId}:~:text=${encoded}`;
}
