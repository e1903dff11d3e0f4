/**
 * Marks in the HTML Pagefind indexes for a speech (index-document.ts) that the browser reads back
 * (results.ts). Kept apart from the index side so the search worker does not bundle what only
 * the build needs (OpenCC's tables).
 */

/**
 * Marks where the appended whole-word terms start in a page's indexed text, so the browser can cut
 * them off before showing an excerpt. A character no speech contains.
 */
export const TERMS_MARKER = '⁂';

/**
 * The id of a block's Simplified copy (`s-p-12` for `p-12`), indexed after the terms for a block
 * with Traditional characters, so a Simplified query finds it (script-fold.ts).
 */
export function simplifiedCopyId(blockId: string): string {
  return `s-${blockId}`;
}

/** The block id of a Simplified copy's id, or undefined for any other id. */
export function blockIdOfCopy(id: string): string | undefined {
  return id.startsWith('s-') ? id.slice(2) : undefined;
}

/** The id of a page's title in the indexed HTML, written only when the title has a Simplified copy. */
export const TITLE_ID = 'title';
