/**
 * `search-manifest.json`, written beside the index by the build (src/integrations) and read by the
 * search worker: which shards to merge, which terms are whole words, which names are one thing.
 */
export interface SearchManifest {
  shards: { path: string; pages: number }[];
  pages: number;
  dictionary: readonly string[];
  /** Groups of names of one thing (content/search-synonyms.txt, synonyms.ts). */
  synonyms: readonly (readonly string[])[];
}
