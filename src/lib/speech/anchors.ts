/**
 * The anchor ids of a speech page, the one place they are written and read: `h-3` (third heading),
 * `p-12` (twelfth paragraph), `p-12-s3` (its third sentence). Pages, the search index, target
 * records and their links all use these; they are part of every published URL, so never change them.
 */

/** `h-3`: the anchor of the third heading. */
export function headingId(index: number): string {
  return `h-${index}`;
}

/** `p-12`: the anchor of the twelfth paragraph. */
export function paragraphId(index: number): string {
  return `p-${index}`;
}

/** `p-12-s3`: the anchor of the third sentence of the twelfth paragraph. */
export function sentenceId(paragraphIndex: number, sentenceIndex: number): string {
  return `${paragraphId(paragraphIndex)}-s${sentenceIndex}`;
}

/**
 * `figure-4`: the row of a speech page's figures table for the speech's fourth published figure
 * (1-based, in reading order), so that the paragraph stating it can link to its row.
 */
export function figureRowId(position: number): string {
  return `figure-${position}`;
}

/** A sentence anchor and nothing else, as target records must give one. */
export const SENTENCE_ID = /^p-(\d+)-s(\d+)$/;

export type Anchor =
  | { kind: 'heading'; heading: number }
  | { kind: 'paragraph'; paragraph: number }
  | { kind: 'sentence'; paragraph: number; sentence: number };

/** Reads an anchor id back (`p-12-s3` → paragraph 12, sentence 3); undefined for any other id. */
export function parseAnchor(id: string): Anchor | undefined {
  const match = /^(?:h-(\d+)|p-(\d+)(?:-s(\d+))?)$/.exec(id);
  if (!match) return undefined;
  if (match[1] !== undefined) return { kind: 'heading', heading: Number(match[1]) };
  if (match[3] !== undefined) return { kind: 'sentence', paragraph: Number(match[2]), sentence: Number(match[3]) };
  return { kind: 'paragraph', paragraph: Number(match[2]) };
}

/** `p-2-s10` after `p-2-s9`: anchors compare by paragraph, then sentence. */
export function compareAnchors(a: string, b: string): number {
  const [pa = 0, sa = 0] = (a.match(/\d+/g) ?? []).map(Number);
  const [pb = 0, sb = 0] = (b.match(/\d+/g) ?? []).map(Number);
  return pa - pb || sa - sb;
}

/** How the site names an anchor to readers: `章节标题`, `第12段`, `第12段第3句`. */
export function describeAnchor(id: string): string {
  const anchor = parseAnchor(id);
  if (!anchor) return id;
  if (anchor.kind === 'heading') return '章节标题';
  if (anchor.kind === 'paragraph') return `第${anchor.paragraph}段`;
  return `第${anchor.paragraph}段第${anchor.sentence}句`;
}
