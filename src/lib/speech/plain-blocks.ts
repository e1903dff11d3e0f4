/** A heading or paragraph before numbering; `depth` is 0 for paragraphs. */
export interface RawBlock {
  type: 'heading' | 'paragraph';
  depth: number;
  text: string;
  html: string;
}

// CommonMark backslash escapes: a backslash before ASCII punctuation stands for that character.
const ESCAPE = /\\([!-/:-@[-`{-~])/g;
// After escapes are removed, any of these could start inline syntax (emphasis, code, links,
// HTML, entities, autolinks, strikethrough) and needs the full parser.
const INLINE_SYNTAX = /[*_`[\]<>&~|!\\]/;
// A line starting like this could open a list, quote, fence, table, setext underline or code block.
const BLOCK_SYNTAX = /^(?: {4}|\t|[>+*=|-]|\d+[.)]|```|~~~)/;
const ATX_HEADING = /^(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;

/**
 * Reads a body made only of ATX headings and plain paragraphs (backslash escapes allowed), the
 * shape `npm run import` writes. Returns undefined as soon as anything else appears, and the
 * caller uses the full CommonMark parser; a unit test holds both paths to the same output.
 */
export function readPlainBlocks(markdown: string): RawBlock[] | undefined {
  const blocks: RawBlock[] = [];
  for (const chunk of markdown.split(/\n[ \t]*\n/)) {
    const lines = chunk.split('\n').map((line) => line.replace(/\r$/, ''));
    while (lines.length > 0 && lines[0]!.trim() === '') lines.shift();
    if (lines.length === 0) continue;
    const heading = ATX_HEADING.exec(lines[0]!);
    if (heading) {
      if (lines.length > 1) return undefined;
      const text = readInline(heading[2]!);
      if (text === undefined) return undefined;
      blocks.push({ type: 'heading', depth: heading[1]!.length, text, html: escapeHtml(text) });
      continue;
    }
    const parts: string[] = [];
    for (const line of lines) {
      if (BLOCK_SYNTAX.test(line) || line.startsWith('#') || /\\$| {2,}$/.test(line)) return undefined;
      const text = readInline(line.trim());
      if (text === undefined) return undefined;
      parts.push(text);
    }
    const text = parts.join('');
    blocks.push({ type: 'paragraph', depth: 0, text, html: escapeHtml(text) });
  }
  return blocks;
}

function readInline(source: string): string | undefined {
  if (INLINE_SYNTAX.test(source.replace(ESCAPE, ''))) return undefined;
  return source.replace(ESCAPE, '$1');
}

// hast-util-to-html (with named references) escapes these two in text; the fast path matches it.
function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}
