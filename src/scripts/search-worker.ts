/**
 * The search page's worker: runs Pagefind and everything around it off the main thread.
 *
 * Pagefind 1.6 can run its WebAssembly in a worker of its own, but what we do with its answers —
 * a second search to rank exact matches, reading every result's text to prove it contains the
 * query, cutting excerpts and sub-results — then still ran on the page's main thread, in one
 * task of 80–100 ms on a laptop (≈ 350 ms on Lighthouse's emulated phone). Here all of it runs in
 * one worker, which imports pagefind.js itself (Pagefind sees no `window` and runs in place), and
 * posts back results ready to render (search-protocol.ts). The pure steps live in src/lib/search.
 */
import type { PagefindApi, PagefindFilterCounts, PagefindResult, PagefindSearch } from '../lib/search/pagefind-api';
import { pendingByDate, pendingList, type Pending } from '../lib/search/pending';
import { otherForms, prepareQuery, quoteExample, type PreparedQuery, type QueryPart } from '../lib/search/query';
import { intersectById, orderByRelevance, sumScores, unionById } from '../lib/search/rank';
import { countFilterValues, renderResult, type RenderedResult } from '../lib/search/render-result';
import { cleanIndexedText, containsQuery, foldText, learnFolding, readAnchors } from '../lib/search/results';
import { hasTraditional } from '../lib/search/script-fold';
import { createEngineLoader, SearchUnavailable, SHARD_FILTER, type Engine } from './search-engine';
import type { SearchRequest, SearchResponse, SelectedFilters } from './search-protocol';

const PAGE_SIZE = 10;

/** The worker's side of postMessage, typed without pulling the WebWorker lib into the DOM build. */
const scope = globalThis as unknown as {
  onmessage: ((event: MessageEvent<SearchRequest>) => void) | null;
  postMessage(message: SearchResponse): void;
};

type SearchOptions = { filters: SelectedFilters; sort?: Record<string, 'asc' | 'desc'> };

/** The exact searches of a query: the pages of each part, and those that contain every part. */
interface ExactSearch {
  all: PagefindSearch;
  perPart: PagefindSearch[];
}

/** Pages that contain every part of the query in one of its forms (all pages, for filters only). */
async function exactMatches(api: PagefindApi, query: PreparedQuery, options: SearchOptions): Promise<ExactSearch> {
  if (query.parts.length === 0)
    return { all: await api.search(null, { ...options, sort: { date: 'desc' } }), perPart: [] };
  const perPart = await Promise.all(query.parts.map((part) => searchPart(api, part, options)));
  return {
    all: { results: intersectById(perPart.map((found) => found.results)), filters: perPart[0]!.filters },
    perPart,
  };
}

/** One exact search per form of a part; a page matches the part if it matches any form. */
async function searchPart(api: PagefindApi, part: QueryPart, options: SearchOptions): Promise<PagefindSearch> {
  const searches = await Promise.all(part.forms.map((form) => api.search(form.pagefindQuery, options)));
  if (searches.length === 1) return searches[0]!;
  return { results: unionById(searches.map((found) => found.results)), filters: {} };
}

/**
 * The order of the relevance sort (rank.ts): the typed forms' pages first, then unquoted scores.
 * Called before the exact searches have answered, so that the unquoted ones run beside them
 * (Pagefind loads each index chunk once for both). A part searched in one form only was searched
 * quoted as typed already: its exact search is its typed search, and is not run again.
 */
async function rank(
  api: PagefindApi,
  query: PreparedQuery,
  filters: SelectedFilters,
  exact: Promise<ExactSearch>,
): Promise<PagefindResult[]> {
  const forms = query.parts.flatMap((part) => part.forms);
  const loose = Promise.all(forms.map((form) => api.search(form.pagefindQuery.slice(1, -1), { filters })));
  const { all, perPart } = await exact;
  const typed = await Promise.all(
    query.parts.map((part, index) =>
      part.forms.length === 1
        ? Promise.resolve(perPart[index]!)
        : api.search(part.forms[0]!.pagefindQuery, { filters }),
    ),
  );
  const typedIds = new Set(intersectById(typed.map((found) => found.results)).map((result) => result.id));
  return orderByRelevance(all.results, sumScores((await loose).map((found) => found.results)), typedIds);
}

/** One search being shown: what it found and what is still to check and post. */
class Run {
  checked = 0;
  busy = false;
  constructor(
    readonly runId: number,
    readonly query: PreparedQuery,
    readonly pending: Pending<PagefindResult>,
    /** The filter counts of this search; computed (and the filters' data loaded) when first asked. */
    readonly counts: () => Promise<PagefindFilterCounts>,
  ) {}
}

class SearchWorker {
  readonly #load = createEngineLoader();
  /** The newest search asked for; older ones stop at their next step. */
  #latestRunId = 0;
  #current: Run | undefined;
  /** Filter name → value → the pages that carry it; read once, when first needed. */
  #valuePages: Promise<Map<string, Map<string, Set<string>>>> | undefined;
  /** OpenCC's tables, loaded for the first query with a Traditional character. */
  #simplify: Promise<(text: string) => string> | undefined;

  preload(): void {
    this.#load().catch(() => {
      // Reported with the first search that needs it.
    });
  }

  async search(request: Extract<SearchRequest, { type: 'search' }>): Promise<void> {
    const { runId, filters, sort } = request;
    this.#latestRunId = runId;
    this.#current = undefined;
    const engine = await this.#load();
    const simplify = hasTraditional(request.text) ? await this.#simplifier() : undefined;
    if (runId !== this.#latestRunId) return;
    const query = prepareQuery(request.text, {
      dictionary: engine.dictionary,
      synonyms: engine.synonyms,
      ...(simplify ? { simplify } : {}),
    });
    if (query.parts.length === 0 && Object.keys(filters).length === 0) {
      // Lists on screen and nothing to search yet: their data loads while the reader types, so
      // the first search does not wait for it (a failure is reported by the search that needs it).
      if (request.counts) engine.loadFilters().catch(() => undefined);
      scope.postMessage({ type: 'empty', runId, blank: request.text.trim() === '' });
      return;
    }
    const byDate = sort === 'date' || query.parts.length === 0;
    const options = { filters, ...(byDate ? { sort: { date: 'desc' as const } } : {}) };
    const { api } = engine;
    // Pagefind counts only the filters it has loaded: loaded first when the counts are on screen.
    if (request.counts) await engine.loadFilters();
    // The relevance order's own searches start beside the exact ones (rank).
    const exact = exactMatches(api, query, options);
    const [{ all: matches }, pending] = await Promise.all([exact, this.#order(engine, query, options, exact, byDate)]);
    const combined = query.parts.length > 1 || query.parts.some((part) => part.forms.length > 1);
    // A query of several parts or forms recounts from the pages each value holds; a plain one
    // takes Pagefind's counts, which after a late load of the filters needs the search again
    // (its chunks are loaded by then, so nothing more is fetched but the filters).
    let counts: Promise<PagefindFilterCounts> | undefined = request.counts
      ? combined
        ? this.#countFilters(api, matches.results)
        : Promise.resolve(matches.filters)
      : undefined;
    const countsLater = () =>
      (counts ??= combined
        ? this.#countFilters(api, matches.results)
        : engine.loadFilters().then(async () => (await exactMatches(api, query, options)).all.filters));
    if (runId !== this.#latestRunId) return;
    this.#current = new Run(runId, query, pending, countsLater);
    await this.nextPage(runId, request.counts ? await countsLater() : undefined);
  }

  /** Posts the filter counts of run `runId`, for filter lists opened after its results came. */
  async counts(runId: number): Promise<void> {
    const run = this.#current;
    if (run?.runId !== runId) return;
    const counts = await run.counts();
    if (this.#current === run) scope.postMessage({ type: 'counts', runId, counts });
  }

  async #order(
    { api, shardCount }: Engine,
    query: PreparedQuery,
    options: SearchOptions,
    exact: Promise<ExactSearch>,
    byDate: boolean,
  ): Promise<Pending<PagefindResult>> {
    if (!byDate) return pendingList(await rank(api, query, options.filters, exact));
    if (shardCount === 1) return pendingList((await exact).all.results);
    const perShard = await Promise.all(
      Array.from({ length: shardCount }, (_, shard) =>
        exactMatches(api, query, { ...options, filters: { ...options.filters, [SHARD_FILTER]: [String(shard)] } }),
      ),
    );
    return pendingByDate(
      perShard.map((found) => found.all.results),
      (result) => result.data().then((data) => data.meta['date'] ?? ''),
    );
  }

  #simplifier(): Promise<(text: string) => string> {
    this.#simplify ??= import('../lib/search/simplify').then((module) => module.toSimplified);
    return this.#simplify;
  }

  /**
   * Filter counts of a set of results. Pagefind's counts describe one search; a query of several
   * parts or forms combines several, so its counts are recomputed from the pages each filter
   * value holds (one filter-only search per value, once per page load).
   */
  async #countFilters(api: PagefindApi, results: PagefindResult[]): Promise<PagefindFilterCounts> {
    this.#valuePages ??= (async () => {
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
    return countFilterValues(
      results.map((result) => result.id),
      await this.#valuePages,
    );
  }

  /** Loads, checks and posts the next page of results of run `runId`. */
  async nextPage(runId: number, counts?: PagefindFilterCounts): Promise<void> {
    const run = this.#current;
    if (run?.runId !== runId || run.busy) return;
    run.busy = true;
    try {
      const results: RenderedResult[] = [];
      while (results.length < PAGE_SIZE && run.pending.size() > 0) {
        const batch = await run.pending.take(PAGE_SIZE - results.length);
        const loaded = await Promise.all(batch.map((result) => result.data()));
        if (this.#current !== run) return;
        for (const loadedData of loaded) {
          const data = { ...loadedData, anchors: readAnchors(loadedData.content, loadedData.anchors) };
          const folding = learnFolding(data.anchors);
          const page = foldText(cleanIndexedText(data.content), folding);
          // Pagefind's exact search already means "contains the query"; this check is what makes
          // it a promise (the appended terms or a prefix can never produce a result on their own).
          if (run.query.parts.length > 0 && !containsQuery(page, run.query)) continue;
          results.push(renderResult(data, page, folding, run.query));
        }
      }
      const first = run.checked === 0;
      run.checked += results.length;
      const example = quoteExample(run.query);
      scope.postMessage({
        type: 'results',
        runId,
        queryText: run.query.text,
        alsoSearched: otherForms(run.query),
        ...(example === undefined ? {} : { quoteExample: example }),
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
}

const worker = new SearchWorker();

scope.onmessage = (event) => {
  const request = event.data;
  const work =
    request.type === 'search'
      ? worker.search(request)
      : request.type === 'counts'
        ? worker.counts(request.runId)
        : worker.nextPage(request.runId);
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
worker.preload();
