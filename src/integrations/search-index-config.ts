import type { PagefindServiceConfig } from 'pagefind';

/**
 * Pagefind is told every page is English: the text it receives is already cut into words
 * (src/lib/search/tokenize.ts), and its own Chinese segmentation is what costs the time and memory.
 * `%` and `.` stay inside words so that 93% and 170.5 are words.
 */
export const PAGEFIND_CONFIG: PagefindServiceConfig = { forceLanguage: 'en', includeCharacters: '%.' };

/**
 * Word locations per index chunk (Pagefind's default: 20,000), passed to Pagefind 1.6 as
 * `PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE`, which the Node API's service reads from its environment.
 * A query loads, in every shard, the chunk holding each of its words: with one word per Han
 * character the default chunk is ~24 KB, mostly other words' locations, so a first search paid
 * ~24 KB per shard per word. Smaller chunks cost more chunk entries in each shard's pf_meta,
 * which every search loads up front. Measured on 2,000 speeches in 8 shards (docs/benchmarks.md):
 * 20,000 / 10,000 / 5,000 / 3,000 gave 430 / 348 / 346 / 348 KB for 营商环境 and 1,074 / 698 / 584 /
 * 546 KB for 落地见效 (four single characters); 5,000 is the best for the first kind and close for
 * the second. tests/build/search-index.test.ts checks that Pagefind honoured it.
 */
export const INDEX_CHUNK_LOCATIONS = 5000;

/** The environment of a Pagefind indexing process (search-shard-indexer.ts). */
export function pagefindEnvironment(chunkLocations = INDEX_CHUNK_LOCATIONS): Record<string, string> {
  return { PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE: String(chunkLocations) };
}

/** Where shard `n` (0-based) is written, relative to the site root: `pagefind`, `pagefind-2`, … */
export function shardPath(n: number): string {
  return n === 0 ? 'pagefind' : `pagefind-${n + 1}`;
}

/** Whether a name in the output folder is a shard's folder (`pagefind`, `pagefind-2`, …). */
export function isShardPath(name: string): boolean {
  return /^pagefind(-\d+)?$/.test(name);
}
