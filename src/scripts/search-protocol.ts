/**
 * Messages between the search page (<site-search>, site-search.ts) and the search worker
 * (search-worker.ts). The worker does everything that costs time — Pagefind, ranking, checking
 * each result against its text, cutting excerpts — so the page's main thread only builds the
 * list it receives. Everything here is plain data: it crosses the thread boundary by copy.
 */
import type { RenderedResult } from '../lib/search/render-result';

export type { RenderedResult };

/** Filter name → the values selected (`theme` → [`开放`]). */
export type SelectedFilters = Record<string, string[]>;

/** Filter name → value → how many pages of the current search carry it. */
export type FilterCounts = Record<string, Record<string, number>>;

export type SearchRequest =
  /**
   * A new search; it supersedes every earlier one. `counts`: whether the filter lists are on
   * screen, so their counts are wanted with the results (the lists' data is loaded only then).
   */
  | {
      type: 'search';
      runId: number;
      text: string;
      filters: SelectedFilters;
      sort: 'date' | 'relevance';
      counts: boolean;
    }
  /** The next page of results of run `runId`. */
  | { type: 'more'; runId: number }
  /** The filter counts of run `runId`, asked for when the folded filter lists are opened. */
  | { type: 'counts'; runId: number };

export type SearchResponse =
  /** Nothing to search for: the query has no searchable characters and no filter is selected. */
  | { type: 'empty'; runId: number; blank: boolean }
  | {
      type: 'results';
      runId: number;
      /** The query as searched, e.g. `营商环境`; empty when only filters are selected. */
      queryText: string;
      /** Forms searched beyond what was typed (综合保税区 for 综保区, 营商环境 for 營商環境). */
      alsoSearched: string[];
      /** A part as typed that was searched in other forms too: the example of quoting it. */
      quoteExample?: string;
      /** True for the first page of a run: the list is replaced, not extended. */
      first: boolean;
      /** Counts for the filter lists; only on the first page, and only if they were asked for. */
      counts?: FilterCounts;
      results: RenderedResult[];
      /** Results checked so far plus those not yet checked (an upper bound until all are shown). */
      total: number;
      shown: number;
      hasMore: boolean;
    }
  /** The filter counts of run `runId`, answering a `counts` request. */
  | { type: 'counts'; runId: number; counts: FilterCounts }
  | { type: 'error'; runId: number; message: string };
