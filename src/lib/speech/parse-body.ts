import type { Root, RootContent, Heading, Paragraph, PhrasingContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import { toHast } from 'mdast-util-to-hast';
import { sanitize } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
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
 * Lists, quotes and tables are flattened into paragraphs so that every sentence keeps an
 * anchor; code blocks and thematic breaks carry no speech text and are reported.
 */
export function parseSpeechBody(markdown: string): ParsedBody {
  const tree: Root = fromMarkdown(markdown);
  const blocks: SpeechBlock[] = [];
  const problems: BodyProblem[] = [];
  // Open headings by depth, so that each paragraph knows the sections it belongs to.
  const openHeadings: HeadingBlock[] = [];
  let headingCount = 0;
  let paragraphCount = 0;

  const visit = (node: RootContent): void => {
    switch (node.type) {
      case 'heading': {
        const heading = toHeadingBlock(node, ++headingCount, problems);
        while (openHeadings.length > 0 && openHeadings.at(-1)!.depth >= heading.depth) openHeadings.pop();
        openHeadings.push(heading);
        blocks.push(heading);
        return;
      }
      case 'paragraph': {
        const paragraph = toParagraphBlock(node, ++paragraphCount, problems);
        if (paragraph.text.trim() === '') {
          paragraphCount--;
          return;
        }
        paragraph.headingPath = openHeadings.map((h) => h.id);
        blocks.push(paragraph);
        return;
      }
      case 'list':
      case 'listItem':
      case 'blockquote':
        for (const child of node.children) visit(child as RootContent);
        return;
      case 'html':
        problems.push({ line: lineOf(node), found: firstLine(node.value), kind: 'raw-html' });
        return;
      default:
        problems.push({ line: lineOf(node), found: node.type, kind: 'unsupported-block' });
    }
  };
  for (const node of tree.children) visit(node);
  return { blocks, problems };
}

function toHeadingBlock(node: Heading, ordinal: number, problems: BodyProblem[]): HeadingBlock {
  const { text, html } = renderInline(node.children, problems);
  // The page title is the h1 and h5/h6 are too small to read; clamp into 2–4.
  const depth = Math.min(4, Math.max(2, node.depth)) as 2 | 3 | 4;
  return { type: 'heading', depth, id: `h-${ordinal}`, text, html };
}

function toParagraphBlock(node: Paragraph, index: number, problems: BodyProblem[]): ParagraphBlock {
  const { text, html } = renderInline(node.children, problems);
  return { type: 'paragraph', index, id: `p-${index}`, text, html, headingPath: [] };
}

function renderInline(children: PhrasingContent[], problems: BodyProblem[]): { text: string; html: string } {
  const kept = children.filter((child) => {
    if (child.type !== 'html') return true;
    problems.push({ line: lineOf(child), found: firstLine(child.value), kind: 'raw-html' });
    return false;
  });
  const root: Root = { type: 'root', children: [{ type: 'paragraph', children: kept }] };
  const hast = sanitize(toHast(root));
  const html = toHtml(hast)
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
