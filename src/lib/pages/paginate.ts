/** One page of a paginated list. */
export interface ListPage<T> {
  items: T[];
  /** 1-based. */
  page: number;
  pageCount: number;
}

/** Splits a list into pages of `perPage`; an empty list still has one (empty) page to render. */
export function paginateItems<T>(items: readonly T[], perPage: number): ListPage<T>[] {
  if (!Number.isInteger(perPage) || perPage < 1)
    throw new RangeError(`perPage must be a positive integer, got ${perPage}`);
  const pageCount = Math.max(1, Math.ceil(items.length / perPage));
  return Array.from({ length: pageCount }, (_, i) => ({
    items: items.slice(i * perPage, (i + 1) * perPage),
    page: i + 1,
    pageCount,
  }));
}

/**
 * The URL of page `page` of a list whose first page is `base` (ending in `/`): `base` itself for
 * page 1, so the list's plain address is its first page, then `base` + `prefix` + `N/`.
 */
export function pageUrl(base: string, page: number, prefix = ''): string {
  return page <= 1 ? base : `${base}${prefix}${page}/`;
}

/** Speeches per page of the speech index and its filters: a page of summaries stays well under 100 KB. */
export const SPEECHES_PER_INDEX_PAGE = 30;

/**
 * Speeches per theme page. A theme page lists every passage of each speech, so at 10,000
 * speeches it must be paginated to stay a light page; 20 speeches is a few hundred passages at most.
 */
export const SPEECHES_PER_THEME_PAGE = 20;
