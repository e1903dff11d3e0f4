/**
 * The search page's worker: runs Pagefind and everything around it off the main thread.
 *
 * Pagefind 1.6 can run its WebAssembly in a worker of its own, but what we do with its answers —
 * a second search to rank exact matches, reading every result's text to prove it contains the
 * query, cutting excerpts and sub-results — then still ran on the page's main thread, in one
 * task of 80–100 ms on a laptop (≈ 350 ms on Lighthouse's emulated phone). Here all of it runs in
 * one worker, which imports pagefind.js itself (Pagefind sees no `window` and runs in place), and
 * posts back results ready to render (search-protocol.ts).
 */
import { createSearchDictionary, type SearchDictionary } from '../lib/search/dictionary';
import { prepareQuery, type PreparedQuery } from '../lib/search/query';
import { buildExcerpt, cleanIndexedText, containsQuery, pickSubResults, textFragmentHref } from '../lib/search/results';
import type { SearchManifest } from '../lib/search/manifest';
import type { RenderedResult, SearchRequest, SearchResponse, SelectedFilters } from './search-protocol';

interface PagefindResultData {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  anchors: { element: string; id: string; text: string; location: number }[];
}
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}
interface PagefindSearch {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
}
interface PagefindApi {
  options(options: { basePath?: string; baseUrl?: string; mergeFilter?: Record<string, string> }): Promise<void>;
  init(): Promise<void>;
  mergeIndex(path: string, options?: { language?: string; mergeFilter?: Record<string, string> }): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(
    term: string | null,
    options?: { filters?: SelectedFilters; sort?: Record<string, 'asc' | 'desc'> },
  ): Promise<PagefindSearch>;
}

const PAGE_SIZE = 10;
const MANIFEST_URL = '/search-manifest.json';

/** The worker's side of postMessage, typed without pulling the WebWorker lib into the DOM build. */
const scope = globalThis as unknown as {
  onmessage: ((event: MessageEvent<SearchRequest>) => void) | null;
  postMessage(message: SearchResponse): void;
};

/**
 * A synthetic filter Pagefind adds to every page of each shard as it loads it (`mergeFilter`):
 * `shard: "2"`. Never shown; it lets a date-sorted search ask one shard at a time (see byDate).
 */
const SHARD_FILTER = 'shard';
// A load that has not finished by then is reported as failed: Pagefind's mergeIndex waits without
// end for WebAssembly that failed to load, which would leave the page "searching" for ever.
const LOAD_TIMEOUT_MS = 30_000;

interface Engine {
  api: PagefindApi;
  dictionary: SearchDictionary;
  shardCount: number;
}

/** A failure the reader is told about in Chinese; the details go to the console. */
class SearchUnavailable extends Error {}

let engine: Promise<Engine> | undefined;

function load(): Promise<Engine> {
  engine ??= withTimeout(start(), LOAD_TIMEOUT_MS).catch((error: unknown) => {
    // The next search tries again: a dropped connection must not break search until a reload.
    engine = undefined;
    throw error instanceof SearchUnavailable
      ? error
      : new SearchUnavailable('loading the index failed', { cause: error });
  });
  return engine;
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
  // Pagefind counts a search's filter values only for filters whose index it has loaded; this
  // loads them. Called on the first index before merging the others, it also throws at once if
  // the WebAssembly did not load, where mergeIndex would wait for it without end.
  await api.filters();
  for (const [index, shard] of others.entries()) {
    await api.mergeIndex(shard.path, { language: 'en', ...tag(index + 1) });
  }
  if (others.length > 0) await api.filters();
  return { api, dictionary: createSearchDictionary(manifest.dictionary), shardCount: manifest.shards.length };
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

/** Results not yet shown, in the order they are shown. */
interface Pending {
  size(): number;
  /** The next `count` results; may load fragments to decide the order. */
  take(count: number): Promise<PagefindResult[]>;
}

function pendingList(results: PagefindResult[]): Pending {
  return { size: () => results.length, take: (count) => Promise.resolve(results.splice(0, count)) };
}

/**
 * Newest first across shards. Pagefind sorts by date inside each index but merges the results of
 * several indexes by score, which interleaves them (a 2019 speech between two of 2022); so each
 * shard's date-sorted list is kept apart and the lists are merged here by the date in their
 * fragments, loading only the fragment at the head of each list. Dates sort as text
 * (`2024-08-21` > `2022-04` > `2022`).
 */
function pendingByDate(lists: PagefindResult[][]): Pending {
  const dates = new Map<PagefindResult, Promise<string>>();
  const dateOf = (result: PagefindResult): Promise<string> => {
    let date = dates.get(result);
    if (!date) {
      date = result.data().then((data) => data.meta['date'] ?? '');
      dates.set(result, date);
    }
    return date;
  };
  return {
    size: () => lists.reduce((sum, list) => sum + list.length, 0),
    take: async (count) => {
      const taken: PagefindResult[] = [];
      while (taken.length < count) {
        const live = lists.filter((list) => list.length > 0);
        if (live.length === 0) break;
        const heads = await Promise.all(live.map((list) => dateOf(list[0]!)));
        let newest = 0;
        for (let i = 1; i < heads.length; i++) if (heads[i]! > heads[newest]!) newest = i;
        taken.push(live[newest]!.shift()!);
      }
      return taken;
    },
  };
}

/** The newest search asked for; older ones stop at their next step. */
let latestRunId = 0;
/** The run being shown. */
let current: { runId: number; query: PreparedQuery; pending: Pending; checked: number; busy: boolean } | undefined;

/** Pages that contain every part of the query (all pages, for a query of filters only). */
async function exactMatches(
  api: PagefindApi,
  query: PreparedQuery,
  options: { filters: SelectedFilters; sort?: Record<string, 'asc' | 'desc'> },
): Promise<PagefindSearch> {
  if (query.parts.length === 0) return api.search(null, { ...options, sort: { date: 'desc' } });
  // One exact search per part; a page must match all of them.
  const searches = await Promise.all(query.parts.map((part) => api.search(part.pagefindQuery, options)));
  const inAll = searches.slice(1).map((found) => new Set(found.results.map((result) => result.id)));
  return {
    results: searches[0]!.results.filter((result) => inAll.every((ids) => ids.has(result.id))),
    filters: searches[0]!.filters,
  };
}

/** Filter name → value → the pages that carry it; read once per page load, when first needed. */
let valuePages: Promise<Map<string, Map<string, Set<string>>>> | undefined;

/**
 * Filter counts of a set of results. Pagefind's counts describe one search; a query of several
 * parts keeps only pages matching all of them, so its counts are recomputed from the pages each
 * filter value holds (one filter-only search per value).
 */
async function countFilters(api: PagefindApi, results: PagefindResult[]): Promise<PagefindSearch['filters']> {
  valuePages ??= (async () => {
    const byGroup = new Map<string, Map<string, Set<string>>>();
    for (const [group, values] of Object.entries(await api.filters())) {
      if (group === SHARD_FILTER) continue;
      const byValue = new Map<string, Set<string>>();
      for (const value of Object.keys(values)) {
        const found = await api.search(null, { filters: { [group]: [value] } });
        byValue.set(value, new Set(found.results.map((result) => result.id)));
      }
      byGroup.set(group, byValue);
    }
    return byGroup;
  })();
  const ids = results.map((result) => result.id);
  const counts: PagefindSearch['filters'] = {};
  for (const [group, byValue] of await valuePages) {
    counts[group] = {};
    for (const [value, pages] of byValue) counts[group][value] = ids.filter((id) => pages.has(id)).length;
  }
  return counts;
}

async function search(request: Extract<SearchRequest, { type: 'search' }>): Promise<void> {
  const { runId, filters, sort } = request;
  latestRunId = runId;
  current = undefined;
  const { api, dictionary, shardCount } = await load();
  if (runId !== latestRunId) return;
  const query = prepareQuery(request.text, dictionary);
  const hasFilters = Object.keys(filters).length > 0;
  if (query.parts.length === 0 && !hasFilters) {
    scope.postMessage({ type: 'empty', runId, blank: request.text.trim() === '' });
    return;
  }
  const byDate = sort === 'date' || query.parts.length === 0;
  const options = { filters, ...(byDate ? { sort: { date: 'desc' as const } } : {}) };
  const matches = await exactMatches(api, query, options);
  const counts = query.parts.length > 1 ? await countFilters(api, matches.results) : matches.filters;
  let pending: Pending;
  if (byDate && shardCount > 1) {
    const perShard = await Promise.all(
      Array.from({ length: shardCount }, (_, shard) =>
        exactMatches(api, query, { ...options, filters: { ...filters, [SHARD_FILTER]: [String(shard)] } }),
      ),
    );
    pending = pendingByDate(perShard.map((found) => found.results));
  } else if (byDate) {
    pending = pendingList(matches.results);
  } else {
    pending = pendingList(await rank(api, query, filters, matches.results));
  }
  if (runId !== latestRunId) return;
  current = { runId, query, pending, checked: 0, busy: false };
  await nextPage(runId, counts);
}

/**
 * Orders exact matches by relevance. Pagefind scores every exact (quoted) match the same, so the
 * order comes from the same words searched unquoted, where Pagefind weighs how often and where
 * they occur. Only pages of the exact search are kept, so nothing the unquoted search adds shows.
 */
async function rank(
  api: PagefindApi,
  query: PreparedQuery,
  filters: SelectedFilters,
  exact: PagefindResult[],
): Promise<PagefindResult[]> {
  const scores = new Map<string, number>();
  const searches = await Promise.all(
    query.parts.map((part) => api.search(part.pagefindQuery.slice(1, -1), { filters })),
  );
  for (const found of searches) {
    for (const result of found.results) scores.set(result.id, (scores.get(result.id) ?? 0) + result.score);
  }
  return exact
    .map((result, position) => ({ result, position, score: scores.get(result.id) ?? 0 }))
    .sort((a, b) => b.score - a.score || a.position - b.position)
    .map(({ result }) => result);
}

/** Loads, checks and posts the next page of results of run `runId`. */
async function nextPage(runId: number, counts?: PagefindSearch['filters']): Promise<void> {
  const run = current;
  if (run?.runId !== runId || run.busy) return;
  run.busy = true;
  try {
    const results: RenderedResult[] = [];
    while (results.length < PAGE_SIZE && run.pending.size() > 0) {
      const batch = await run.pending.take(PAGE_SIZE - results.length);
      const loaded = await Promise.all(batch.map((result) => result.data()));
      if (current !== run) return;
      for (const data of loaded) {
        const text = cleanIndexedText(data.content);
        // Pagefind's exact search already means "contains the query"; this check is what makes
        // it a promise (the appended terms or a prefix can never produce a result on their own).
        if (run.query.parts.length > 0 && !containsQuery(text, run.query)) continue;
        results.push(renderResult(data, text, run.query));
      }
    }
    const first = run.checked === 0;
    run.checked += results.length;
    scope.postMessage({
      type: 'results',
      runId,
      queryText: run.query.text,
      first,
      ...(counts ? { counts } : {}),
      results,
      total: run.checked + run.pending.size(),
      shown: run.checked,
      hasMore: run.pending.size() > 0,
    });
  } finally {
    run.busy = false;
  }
}

function renderResult(data: PagefindResultData, text: string, query: PreparedQuery): RenderedResult {
  const first = query.parts[0];
  const subResults = pickSubResults(data.url, data.anchors, query).map((sub) => ({
    href: sub.href,
    label: sub.id.startsWith('h-') ? '（章节标题）' : `（第${sub.id.slice(2)}段）`,
    excerpt: sub.excerpt,
  }));
  return {
    title: data.meta['title'] ?? data.url,
    href: first ? textFragmentHref(data.url, '', first.text) : data.url,
    meta: [data.meta['date'], data.filters['kind']?.[0], data.filters['organization']?.[0]].filter(Boolean).join(' · '),
    subResults,
    excerpt: subResults.length > 0 ? [] : buildExcerpt(text, query),
  };
}

scope.onmessage = (event) => {
  const request = event.data;
  const work = request.type === 'search' ? search(request) : nextPage(request.runId);
  work.catch((error: unknown) => {
    // The reader gets one plain sentence; what failed, for whoever opens the console.
    console.error('Jianbao search:', error);
    scope.postMessage({
      type: 'error',
      runId: request.runId,
      message: error instanceof SearchUnavailable ? '搜索索引未能加载，请稍后再试' : '搜索出错，请重试',
    });
  });
};

// Start loading Pagefind and the index as soon as the page creates the worker, before any query.
load().catch(() => {
  // Reported with the first search that needs it.
});
