import type { Sentence } from '../speech/types';
import { sentenceId } from '../speech/anchors';
import { splitSentences } from '../text/sentences';

/** What `wrapSentences` needs of a paragraph: its anchor number, plain text and sanitized HTML. */
export interface WrappableParagraph {
  index: number;
  text: string;
  html: string;
}

/**
 * Wraps sentences of a paragraph's HTML in `<span id="p-12-s3" class="sentence">`, so that a
 * target links to the sentence that states it and `:target` can highlight it.
 *
 * Sentence offsets are offsets in the plain text; they are mapped onto the HTML by walking it
 * and counting text characters (an entity such as `&#x3C;` is one character, tags are none).
 * A sentence whose span would cross an inline element's edge (half inside an <em>) is left
 * unwrapped rather than producing invalid nesting: its paragraph anchor still works. When
 * the HTML's text does not match the plain text at all, the HTML is returned unchanged.
 *
 * `only` limits wrapping to some sentence indexes; all sentences are wrapped without it.
 */
export function wrapSentences(paragraph: WrappableParagraph, only?: ReadonlySet<number>): string {
  const sentences = splitSentences(paragraph.text).filter((s) => only === undefined || only.has(s.index));
  if (sentences.length === 0) return paragraph.html;
  const map = mapTextToHtml(paragraph.html);
  if (map === null || map.text !== paragraph.text) return paragraph.html;
  const insertions: { at: number; html: string; order: number }[] = [];
  for (const sentence of sentences) {
    const span = spanFor(sentence, map, paragraph.html);
    if (span === null) continue;
    const id = sentenceId(paragraph.index, sentence.index);
    insertions.push({ at: span.start, html: `<span id="${id}" class="sentence">`, order: 1 });
    insertions.push({ at: span.end, html: '</span>', order: 0 });
  }
  // Apply from the end so earlier offsets stay valid; at one offset a close comes before an open.
  insertions.sort((a, b) => b.at - a.at || b.order - a.order);
  let html = paragraph.html;
  for (const insertion of insertions) html = html.slice(0, insertion.at) + insertion.html + html.slice(insertion.at);
  return html;
}

interface TextMap {
  text: string;
  /** Where the HTML of the text's UTF-16 unit `unit` (a character or an entity) starts. */
  startOf: (unit: number) => number;
  /** Where it ends. */
  endOf: (unit: number) => number;
}

/**
 * HTML with no tag and no entity is its own text, each unit at its own offset. Most paragraphs
 * are, and building the per-unit map for them was a tenth of a speech page's rendering time
 * (profile of a 3,000-speech build, 2026-12-04).
 */
const MARKUP = /[<&]/;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function mapTextToHtml(html: string): TextMap | null {
  if (!MARKUP.test(html)) return { text: html, startOf: (unit) => unit, endOf: (unit) => unit + 1 };
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let i = 0;
  while (i < html.length) {
    if (html[i] === '<') {
      const close = html.indexOf('>', i);
      if (close === -1) return null;
      i = close + 1;
      continue;
    }
    let decoded = html[i]!;
    let length = 1;
    if (decoded === '&') {
      const entity = /^&(#x[0-9a-f]+|#\d+|[a-z]+);/i.exec(html.slice(i, i + 12));
      if (entity) {
        decoded = decodeEntity(entity[1]!) ?? entity[0];
        length = entity[0].length;
      }
    }
    for (let unit = 0; unit < decoded.length; unit++) {
      starts.push(i);
      ends.push(i + length);
    }
    text += decoded;
    i += length;
  }
  return { text, startOf: (unit) => starts[unit]!, endOf: (unit) => ends[unit]! };
}

function decodeEntity(body: string): string | undefined {
  if (/^#x/i.test(body)) return String.fromCodePoint(parseInt(body.slice(2), 16));
  if (body.startsWith('#')) return String.fromCodePoint(parseInt(body.slice(1), 10));
  return ENTITIES[body.toLowerCase()];
}

function spanFor(sentence: Sentence, map: TextMap, html: string): { start: number; end: number } | null {
  // Leading and trailing whitespace stays outside the span.
  let start = sentence.start;
  let end = sentence.end;
  while (start < end && /\s/.test(map.text[start]!)) start++;
  while (end > start && /\s/.test(map.text[end - 1]!)) end--;
  if (start === end) return null;
  const span = { start: map.startOf(start), end: map.endOf(end - 1) };
  return isBalanced(html.slice(span.start, span.end)) ? span : null;
}

/** True when every element opened in the fragment closes in it, and it closes none it did not open. */
function isBalanced(fragment: string): boolean {
  let depth = 0;
  for (const match of fragment.matchAll(/<(\/?)([a-z][a-z0-9]*)[^>]*?(\/?)>/gi)) {
    if (match[3] === '/' || /^(?:br|img|wbr)$/i.test(match[2]!)) continue;
    depth += match[1] === '/' ? -1 : 1;
    if (depth < 0) return false;
  }
  return depth === 0;
}
