import type { SpeechBlock } from '../speech/types';

export interface TocEntry {
  id: string;
  text: string;
  depth: 2 | 3 | 4;
  children: TocEntry[];
}

/**
 * Nests a speech's headings into a table of contents. A heading deeper than the one before it
 * becomes its child even when a level is skipped (## then ####), so no heading is lost.
 */
export function buildTableOfContents(blocks: readonly SpeechBlock[]): TocEntry[] {
  const root: TocEntry[] = [];
  const open: TocEntry[] = [];
  for (const block of blocks) {
    if (block.type !== 'heading') continue;
    const entry: TocEntry = { id: block.id, text: block.text, depth: block.depth, children: [] };
    while (open.length > 0 && open.at(-1)!.depth >= entry.depth) open.pop();
    (open.at(-1)?.children ?? root).push(entry);
    open.push(entry);
  }
  return root;
}
