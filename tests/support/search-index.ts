import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { DIST_DIR } from '../../scripts/lib/site-files';

export interface SearchManifest {
  shards: { path: string; pages: number }[];
  pages: number;
  dictionary: string[];
}

export interface SearchFragment {
  url: string;
  content: string;
  filters: Record<string, string[]>;
  meta: Record<string, string>;
  anchors: { element: string; id: string; text: string; location: number }[];
  /** The shard it was read from (`/pagefind-2/`), as the manifest names it. */
  shard: string;
}

/** `search-manifest.json`, which the search-index integration writes beside the Pagefind bundles. */
export function readSearchManifest(dist: string = DIST_DIR): SearchManifest {
  return JSON.parse(readFileSync(join(dist, 'search-manifest.json'), 'utf8')) as SearchManifest;
}

/** Every page the search index holds, read back from Pagefind's compressed fragment files. */
export function readSearchFragments(dist: string = DIST_DIR): SearchFragment[] {
  return readSearchManifest(dist).shards.flatMap((shard) => {
    const dir = join(dist, shard.path, 'fragment');
    return readdirSync(dir).map((file) => {
      const bytes = gunzipSync(readFileSync(join(dir, file)));
      // Pagefind prefixes its decompressed files with a signature before the JSON.
      const fragment = JSON.parse(bytes.subarray('pagefind_dcd'.length).toString('utf8')) as Omit<
        SearchFragment,
        'shard'
      >;
      return { ...fragment, shard: shard.path };
    });
  });
}
