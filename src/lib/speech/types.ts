/** The shapes every part of the site shares for a speech's body once parsed. */

/** A section heading of the document (一、… is depth 2, （一）… depth 3, and so on). */
export interface HeadingBlock {
  type: 'heading';
  /** 2–4: the page title is the only h1. */
  depth: 2 | 3 | 4;
  /** Stable anchor, `h-3` for the third heading. */
  id: string;
  /** Plain text, Markdown escapes removed. */
  text: string;
  /** Sanitized inline HTML (emphasis, links) for display. */
  html: string;
}

/** A paragraph of the document; `index` is 1-based and gives the anchor `p-<index>`. */
export interface ParagraphBlock {
  type: 'paragraph';
  index: number;
  id: string;
  text: string;
  html: string;
  /** Ids of the headings this paragraph sits under, outermost first. */
  headingPath: string[];
}

export type SpeechBlock = HeadingBlock | ParagraphBlock;

/** A sentence inside a paragraph: `[start, end)` are UTF-16 offsets into the paragraph's text. */
export interface Sentence {
  /** 1-based position in its paragraph; anchor `p-<paragraph>-s<index>`. */
  index: number;
  text: string;
  start: number;
  end: number;
}
