import type { PagefindServiceConfig } from 'pagefind';

/**
 * Pagefind is told every page is English: the text it receives is already cut into words
 * (src/lib/search/tokenize.ts), and its own Chinese segmentation is what costs the time and memory.
 * `%` and `.` stay inside words so that 93% and 170.5 are words.
 */
export const PAGEFIND_CONFIG: PagefindServiceConfig = { forceLanguage: 'en', includeCharacters: '%.' };

/** Where shard `n` (0-based) is written, relative to the site root: `pagefind`, `pagefind-2`, … */
export function shardPath(n: number): string {
  return n === 0 ? 'pagefind' : `pagefind-${n + 1}`;
}

/** Whether a name in the output folder is a shard's folder (`pagefind`, `pagefind-2`, …). */
export function isShardPath(name: string): boolean {
  return /^pagefind(-\d+)?$/.test(name);
}
