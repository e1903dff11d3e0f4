import type { Root, RootContent, PhrasingContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import { toHast } from 'mdast-util-to-hast';
import { sanitize } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import { headingId, paragraphId } from './anchors';
import { readPlainBlocks, type RawBlock } from './plain-blocks';
import type { HeadingBlock, ParagraphBlock, SpeechBlock } from './types';

/** Something in a speech body the site will not publish as written, with the 1-based line it starts on. */
export interface BodyProblem {
  line: number;
  /** What was found, e.g. `<script>`. */
  found: string;
  kind: 'raw-html' | 'unsupported-block';
}

export interface ParsedBody {
  blocks: SpeechBlock[];
  problems: BodyProblem[];
}

/**
 * Parses a speech's Markdown body into headings and numbered paragraphs.
 *
 * Speeches are public records, so the body is read as text with light formatting: raw HTML
 * is never rendered (it is reported as a problem instead, and `npm run check` refuses it),
 * and link URLs go through hast-util-sanitize so `javascript:` never reaches a reader.
 * Lists and quotes are flattened into paragraphs so that every sentence keeps an anchor;
 * code blocks, tables and thematic breaks carry no speech text and are reported.
 *
 * Imported speeches are plain paragraphs and headings with backslash escapes; those take a fast
 * path (`readPlainBlocks`) that gives the same result as the full CommonMark parser at a fraction
 * of its cost, which matters at 10,000 speeches. Anything else goes through micromark.
 */
export function parseSpeechBody(markdown: string): ParsedBody {
  const plain = readPlainBlocks(markdown);
  if (plain) return { blocks: numberBlocks(plain), problems: [] };
  return parseSpeechBodyWithMicromark(markdown);
}

/** The full CommonMark path of `parseSpeechBody`, exported so a test can hold the fast path to it. */
export function parseSpeechBodyWithMicromark(markdown: string): ParsedBody {
  const problems: BodyProblem[] = [];
  return { blocks: numberBlocks(readMarkdownBlocks(markdown, problems)), problems };
}

/** Gives headings and paragraphs their ids and each paragraph the headings it sits under. */
function numberBlocks(raw: RawBlock[]): SpeechBlock[] {
  const blocks: SpeechBlock[] = [];
  // Open headings by depth, so that each paragraph knows the sections it belongs to.
  const openHeadings: HeadingBlock[] = [];
  let headingCount = 0;
  let paragraphCount = 0;
  for (const block of raw) {
    if (block.type === 'heading') {
      // The page title is the h1 and h5/h6 are too small to read; clamp into 2–4.
      const depth = Math.min(4, Math.max(2, block.depth)) as 2 | 3 | 4;
      const heading: HeadingBlock = {
        type: 'heading',
        depth,
        id: headingId(++headingCount),
        text: block.text,
        html: block.html,
      };
      while (openHeadings.length > 0 && openHeadings.at(-1)!.depth >= heading.depth) openHeadings.pop();
      openHeadings.push(heading);
      blocks.push(heading);
    } else if (block.text.trim() !== '') {
      const index = ++paragraphCount;
      const paragraph: ParagraphBlock = {
        type: 'paragraph',
        index,
        id: paragraphId(index),
        text: block.text,
        html: block.html,
        headingPath: openHeadings.map((h) => h.id),
      };
      blocks.push(paragraph);
    }
  }
  return blocks;
}

function readMarkdownBlocks(markdown: string, problems: BodyProblem[]): RawBlock[] {
  const tree: Root = fromMarkdown(markdown);
  const raw: RawBlock[] = [];
  const visit = (node: RootContent): void => {
    switch (node.type) {
      case 'heading':
        raw.push({ type: 'heading', depth: node.depth, ...renderInline(node.children, problems) });
        return;
      case 'paragraph':
        raw.push({ type: 'paragraph', depth: 0, ...renderInline(node.children, problems) });
        return;
      case 'list':
      case 'listItem':
      case 'blockquote':
        for (const child of node.children) visit(child);
        return;
      case 'html':
        problems.push({ line: lineOf(node), found: firstLine(node.value), kind: 'raw-html' });
        return;
      default:
        problems.push({ line: lineOf(node), found: node.type, kind: 'unsupported-block' });
    }
  };
  for (const node of tree.children) visit(node);
  return raw;
}

function renderInline(children: PhrasingContent[], problems: BodyProblem[]): { text: string; html: string } {
  const kept = children.filter((child) => {
    if (child.type !== 'html') return true;
    problems.push({ line: lineOf(child), found: firstLine(child.value), kind: 'raw-html' });
    return false;
  });
  const root: Root = { type: 'root', children: [{ type: 'paragraph', children: kept }] };
  const html = toHtml(sanitize(toHast(root)), { characterReferences: { useNamedReferences: true } })
    .replace(/^<p>/, '')
    .replace(/<\/p>$/, '');
  // Soft line breaks inside a paragraph are layout, not text: Chinese has no spaces between words.
  const text = toString(root).replace(/\s*\n\s*/g, '');
  return { text, html: html.replace(/\s*\n\s*/g, '') };
}

function lineOf(node: RootContent | PhrasingContent): number {
  return node.position?.start.line ?? 0;
}

function firstLine(value: string): string {
  const line = value.split('\n', 1)[0] ?? '';
  return line.length > 60 ? `${line.slice(0, 60)}…` : line;
}
