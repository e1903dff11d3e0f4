/**
 * The parts of Pagefind 1.6's browser API (pagefind.js) that search uses. Pagefind ships no types
 * for it; these follow its documented shapes.
 */

export interface PagefindResultData {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  anchors: { element: string; id: string; text: string; location: number }[];
}

export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}

/** Filter name → value → how many pages carry it. */
export type PagefindFilterCounts = Record<string, Record<string, number>>;

export interface PagefindSearch {
  results: PagefindResult[];
  filters: PagefindFilterCounts;
}

export interface PagefindSearchOptions {
  filters?: Record<string, string[]>;
  sort?: Record<string, 'asc' | 'desc'>;
}

export interface PagefindApi {
  options(options: { basePath?: string; baseUrl?: string; mergeFilter?: Record<string, string> }): Promise<void>;
  init(): Promise<void>;
  mergeIndex(path: string, options?: { language?: string; mergeFilter?: Record<string, string> }): Promise<void>;
  filters(): Promise<PagefindFilterCounts>;
  search(term: string | null, options?: PagefindSearchOptions): Promise<PagefindSearch>;
}
