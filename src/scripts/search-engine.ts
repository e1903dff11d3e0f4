/**
 * Loads Pagefind and every index shard into the search worker, once, with a time limit: Pagefind's
 * mergeIndex waits without end for WebAssembly that failed to load, which would leave the page
 * "searching" for ever.
 */
import { createSearchDictionary, type SearchDictionary } from '../lib/search/dictionary';
import type { SearchManifest } from '../lib/search/manifest';
import type { PagefindApi } from '../lib/search/pagefind-api';

const MANIFEST_URL = '/search-manifest.json';
// A load that has not finished by then is reported as failed (see the module comment).
const LOAD_TIMEOUT_MS = 30_000;

/**
 * A synthetic filter Pagefind adds to every page of each shard as it loads it (`mergeFilter`):
 * `shard: "2"`. Never shown; it lets a date-sorted search ask one shard at a time.
 */
export const SHARD_FILTER = 'shard';

export interface Engine {
  api: PagefindApi;
  /**
   * Loads every shard's filter chunks, once: Pagefind counts a search's filter values only for
   * filters whose chunks it has loaded. Not done up front — the chunks are ~2.5 KB per shard and
   * filter values per filter — but only when the lists' counts are on screen (a phone folds them).
   * Filtering itself needs none of it: Pagefind loads a ticked filter's chunk for the search.
   */
  loadFilters(): Promise<void>;
  dictionary: SearchDictionary;
  synonyms: SearchManifest['synonyms'];
  shardCount: number;
}

/** A failure the reader is told about in Chinese; the details go to the console. */
export class SearchUnavailable extends Error {}

/** Loads the engine on first use; a failed load is tried again by the next call. */
export function createEngineLoader(): () => Promise<Engine> {
  let engine: Promise<Engine> | undefined;
  return () => {
    engine ??= withTimeout(start(), LOAD_TIMEOUT_MS).catch((error: unknown) => {
      // The next search tries again: a dropped connection must not break search until a reload.
      engine = undefined;
      throw error instanceof SearchUnavailable
        ? error
        : new SearchUnavailable('loading the index failed', { cause: error });
    });
    return engine;
  };
}

async function start(): Promise<Engine> {
  const pagefindUrl: string = '/pagefind/pagefind.js';
  const [manifest, api] = await Promise.all([
    fetch(MANIFEST_URL).then((response) => {
      if (!response.ok) throw new SearchUnavailable(`${MANIFEST_URL}: HTTP ${String(response.status)}`);
      return response.json() as Promise<SearchManifest>;
    }),
    import(/* @vite-ignore */ pagefindUrl) as Promise<PagefindApi>,
  ]);
  const [primary, ...others] = manifest.shards;
  if (!primary) throw new SearchUnavailable('search-manifest.json lists no index');
  const tag = (index: number) => (others.length > 0 ? { mergeFilter: { [SHARD_FILTER]: String(index) } } : {});
  // Site-relative paths: Pagefind would otherwise derive absolute ones from its own URL. With no
  // <html lang> to read here, Pagefind opens the index's only language (en, as the build wrote
  // it) and does not segment Chinese queries: src/lib/search already cut them into index words.
  await api.options({ basePath: primary.path, baseUrl: '/', ...tag(0) });
  await api.init();
  // Called on the first index before merging the others, a search throws at once if the
  // WebAssembly did not load, where mergeIndex would wait for it without end. Without a term or a
  // filter it fetches nothing.
  await api.search(null);
  for (const [index, shard] of others.entries()) {
    await api.mergeIndex(shard.path, { language: 'en', ...tag(index + 1) });
  }
  let filtersLoaded: Promise<void> | undefined;
  return {
    api,
    loadFilters: () => {
      filtersLoaded ??= api.filters().then(
        () => undefined,
        (error: unknown) => {
          filtersLoaded = undefined;
          throw error;
        },
      );
      return filtersLoaded;
    },
    dictionary: createSearchDictionary(manifest.dictionary),
    synonyms: manifest.synonyms,
    shardCount: manifest.shards.length,
  };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new SearchUnavailable(`the index did not load within ${String(ms / 1000)} s`));
    }, ms);
    promise.then(resolve, reject).finally(() => {
      clearTimeout(timer);
    });
  });
}
