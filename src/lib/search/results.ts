import { readFigures } from './figures';
import { blockIdOfCopy, TERMS_MARKER } from './index-format';
import type { PreparedQuery, QueryPart } from './query';

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

/**
 * Text as written beside the same text with its Traditional characters folded to Simplified
 * (script-fold.ts): the same length, so an offset found in one is an offset in the other.
 */
export interface SearchText {
  text: string;
  folded: string;
}

/** Text with nothing to fold. */
export function asWritten(text: string): SearchText {
  return { text, folded: text };
}

/**
 * How a page's characters fold, learned from the Simplified copies the index holds of its blocks
 * with Traditional characters (`s-p-12` beside `p-12`, index-document.ts), so the browser folds a
 * page without OpenCC's tables. Empty for a page written in Simplified only.
 */
export function learnFolding(anchors: readonly IndexedAnchor[]): Map<string, string> {
  const byId = new Map(anchors.map((anchor) => [anchor.id, anchor.text]));
  const folding = new Map<string, string>();
  for (const anchor of anchors) {
    const blockId = blockIdOfCopy(anchor.id);
    const original = blockId === undefined ? undefined : byId.get(blockId);
    if (original === undefined) continue;
    const written = Array.from(cleanIndexedText(original));
    const folded = Array.from(cleanIndexedText(anchor.text));
    if (written.length !== folded.length) continue;
    for (const [i, char] of written.entries()) if (char !== folded[i]) folding.set(char, folded[i]!);
  }
  return folding;
}

/** `text` with a page's folding applied. */
export function foldText(text: string, folding: ReadonlyMap<string, string>): SearchText {
  if (folding.size === 0) return asWritten(text);
  let folded = '';
  for (const char of text) folded += folding.get(char) ?? char;
  return { text, folded };
}

interface Hit {
  start: number;
  end: number;
}

/**
 * Where any form of `part` occurs, as written or folded, in order of position; a figure also
 * wherever the page states the same value (figures.ts: 1.2万人 for 12000人).
 */
export function findPart(page: SearchText, part: QueryPart): Hit[] {
  const starts = new Map<number, number>();
  const add = (start: number, end: number) => starts.set(start, Math.max(starts.get(start) ?? 0, end));
  const haystacks = page.folded === page.text ? [page.text] : [page.text, page.folded];
  for (const form of part.forms) {
    for (const haystack of haystacks) {
      for (const start of findVerbatim(haystack, form.text)) add(start, start + form.text.length);
    }
  }
  const keys = new Set(part.forms.flatMap((form) => (form.figure === undefined ? [] : [form.figure])));
  if (keys.size > 0) {
    for (const figure of readFigures(page.folded)) if (keys.has(figure.key)) add(figure.start, figure.end);
  }
  return [...starts].map(([start, end]) => ({ start, end })).sort((a, b) => a.start - b.start);
}

/** Whether `page` contains every part of the query, in one of its forms. */
export function containsQuery(page: string | SearchText, query: PreparedQuery): boolean {
  const searched = typeof page === 'string' ? asWritten(page) : page;
  return query.parts.length > 0 && query.parts.every((part) => findPart(searched, part).length > 0);
}

/** Whether `page`, as written, contains every part verbatim as the reader typed it. */
export function containsTyped(page: SearchText, query: PreparedQuery): boolean {
  return query.parts.every((part) => findVerbatim(page.text, part.text).length > 0);
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
export function buildExcerpt(page: string | SearchText, query: PreparedQuery, length = 80): ExcerptPiece[] {
  const searched = typeof page === 'string' ? asWritten(page) : page;
  const { text } = searched;
  const hits = query.parts.flatMap((part) => findPart(searched, part)).sort((a, b) => a.start - b.start);
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

/**
 * The page's anchors with each block's text, read from the page's indexed content: the index marks
 * a block's start with an empty element (index-document.ts `anchorMark`), so Pagefind reports its
 * id and word position (`location`: the index of its first word in `content` split at spaces) but
 * no text. A block runs to the next anchor, or to the appended terms ({@link TERMS_MARKER}), or to
 * the end. An anchor that has text of its own (an index written before the marks) keeps it.
 */
export function readAnchors<T extends IndexedAnchor & { location: number }>(
  content: string,
  anchors: readonly T[],
): T[] {
  const words = content.split(' ');
  const marker = words.findIndex((word) => word.startsWith(TERMS_MARKER));
  const starts = [...new Set(anchors.map((anchor) => anchor.location))].sort((a, b) => a - b);
  return anchors.map((anchor) => {
    if (anchor.text !== '') return anchor;
    const next = starts.find((start) => start > anchor.location) ?? words.length;
    const end = marker > anchor.location && marker < next ? marker : next;
    return { ...anchor, text: words.slice(anchor.location, end).join(' ') };
  });
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
  folding: ReadonlyMap<string, string> = new Map(),
): SubResult[] {
  const subResults: SubResult[] = [];
  for (const anchor of anchors) {
    if (subResults.length >= limit) break;
    if (!/^[ph]-\d+$/.test(anchor.id)) continue;
    const text = foldText(cleanIndexedText(anchor.text), folding);
    if (!query.parts.some((part) => findPart(text, part).length > 0)) continue;
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
export function textFragmentHref(url: string, text: string): string {
  const encoded = encodeURIComponent(text).replace(/-/g, '%2D').replace(/,/g, '%2C');
  return `${url}#:~:text=${encoded}`;
}
