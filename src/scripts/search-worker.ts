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
  options(options: { basePath?: string; baseUrl?: string }): Promise<void>;
  init(): Promise<void>;
  mergeIndex(path: string, options?: { language?: string }): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(
    term: string | null,
    options?: { filters?: SelectedFilters; sort?: Record<string, 'asc' | 'desc'> },
  ): Promise<PagefindSearch>;
}
/** `search-manifest.json`, written by the search-index integration. */
interface SearchManifest {
  shards: { path: string; pages: number }[];
  dictionary: string[];
}

const PAGE_SIZE = 10;
const MANIFEST_URL = '/search-manifest.json';

/** The worker's side of postMessage, typed without pulling the WebWorker lib into the DOM build. */
const scope = globalThis as unknown as {
  onmessage: ((event: MessageEvent<SearchRequest>) => void) | null;
  postMessage(message: SearchResponse): void;
};

let engine: Promise<{ api: PagefindApi; dictionary: SearchDictionary }> | undefined;

function load(): Promise<{ api: PagefindApi; dictionary: SearchDictionary }> {
  engine ??= (async () => {
    const pagefindUrl: string = '/pagefind/pagefind.js';
    const [manifest, api] = await Promise.all([
      fetch(MANIFEST_URL).then((response) => response.json() as Promise<SearchManifest>),
      import(/* @vite-ignore */ pagefindUrl) as Promise<PagefindApi>,
    ]);
    const [primary, ...others] = manifest.shards;
    if (!primary) throw new Error('没有搜索索引');
    // Site-relative paths: Pagefind would otherwise derive absolute ones from its own URL. With no
    // <html lang> to read here, Pagefind opens the index's only language (en, as the build wrote
    // it) and does not segment Chinese queries: src/lib/search already cut them into index words.
    await api.options({ basePath: primary.path, baseUrl: '/' });
    await api.init();
    for (const shard of others) await api.mergeIndex(shard.path, { language: 'en' });
    // Pagefind counts a search's filter values only for filters whose index it has loaded; this
    // loads them all, so the counts beside the filter checkboxes are never falsely zero.
    await api.filters();
    return { api, dictionary: createSearchDictionary(manifest.dictionary) };
  })();
  return engine;
}

/** The newest search asked for; older ones stop at their next step. */
let latestRunId = 0;
/** The run being shown. */
let current:
  { runId: number; query: PreparedQuery; pending: PagefindResult[]; checked: number; busy: boolean } | undefined;

async function search(request: Extract<SearchRequest, { type: 'search' }>): Promise<void> {
  const { runId, filters, sort } = request;
  latestRunId = runId;
  current = undefined;
  const { api, dictionary } = await load();
  if (runId !== latestRunId) return;
  const query = prepareQuery(request.text, dictionary);
  const hasFilters = Object.keys(filters).length > 0;
  if (query.parts.length === 0 && !hasFilters) {
    scope.postMessage({ type: 'empty', runId, blank: request.text.trim() === '' });
    return;
  }
  const options = { filters, ...(sort === 'date' ? { sort: { date: 'desc' as const } } : {}) };
  let candidates: PagefindResult[];
  let counts: PagefindSearch['filters'];
  if (query.parts.length === 0) {
    const all = await api.search(null, { ...options, sort: { date: 'desc' } });
    candidates = all.results;
    counts = all.filters;
  } else {
    // One exact search per part; a page must match all of them.
    const searches = await Promise.all(query.parts.map((part) => api.search(part.pagefindQuery, options)));
    counts = searches[0]!.filters;
    const inAll = searches.slice(1).map((found) => new Set(found.results.map((result) => result.id)));
    candidates = searches[0]!.results.filter((result) => inAll.every((ids) => ids.has(result.id)));
    if (sort === 'relevance') candidates = await rank(api, query, filters, candidates);
  }
  if (runId !== latestRunId) return;
  current = { runId, query, pending: candidates, checked: 0, busy: false };
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
  const results: RenderedResult[] = [];
  while (results.length < PAGE_SIZE && run.pending.length > 0) {
    const batch = run.pending.splice(0, PAGE_SIZE - results.length);
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
  run.busy = false;
  scope.postMessage({
    type: 'results',
    runId,
    queryText: run.query.text,
    first,
    ...(counts ? { counts } : {}),
    results,
    total: run.checked + run.pending.length,
    shown: run.checked,
    hasMore: run.pending.length > 0,
  });
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
    scope.postMessage({
      type: 'error',
      runId: request.runId,
      message: error instanceof Error ? error.message : String(error),
    });
  });
};

// Start loading Pagefind and the index as soon as the page creates the worker, before any query.
load().catch(() => {
  // Reported with the first search that needs it.
});
