/**
 * `search-manifest.json`, written beside the index by the index build
 * (src/integrations/search-index-worker.ts) and read by the search page's worker, so the
 * browser knows which shards to merge and which terms are words.
 */
export interface SearchManifest {
  shards: { path: string; pages: number }[];
  pages: number;
  dictionary: readonly string[];
}
