import { chromium } from 'playwright-core';
import { serveStatic, type ServedBytes } from './serve-static';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../lib/chromium';

/** What a first search fetched, by what it is (classifyPath). */
export type ByKind = Record<string, { requests: number; bytes: number; transferred: number }>;

export interface FirstSearch {
  query: string;
  /** `desktop` (1280×720: the filter lists beside the results) or `phone` (390×844: folded under 筛选). */
  viewport: 'desktop' | 'phone';
  /**
   * Bytes a reader receives from deploy/nginx.conf for the search page and everything the first
   * search needed: page, CSS and JS gzipped as nginx gzips them; Pagefind's script, worker,
   * WebAssembly, shard metadata and filters (already compressed); the query's index chunks and
   * result fragments. The goal's figure.
   */
  transferred: number;
  /** Of which the search itself, after the page was ready: index chunks and result fragments. */
  searchTransferred: number;
  /** The same requests counted as stored (uncompressed HTML, CSS and JS): the figure before 2026-12-04. */
  bytes: number;
  searchBytes: number;
  /** Every byte of the first search (transferred), by kind of file. */
  byKind: ByKind;
  /** From submitting the query to results on screen, as the page measured it. */
  ms: number;
  results: number;
  /** Shards in the index (search-manifest.json). */
  shards: number;
}

const VIEWPORTS = { desktop: { width: 1280, height: 720 }, phone: { width: 390, height: 844 } } as const;

/**
 * Opens the built site's search page in Chromium, waits until the index is ready, then types
 * `query` and submits it, as a reader would: the bytes and time are those of a first search.
 */
export async function measureFirstSearch(
  dist: string,
  query: string,
  {
    viewport = 'desktop',
    executablePath = CHROMIUM_PATH,
  }: { viewport?: FirstSearch['viewport']; executablePath?: string } = {},
): Promise<FirstSearch> {
  const server = await serveStatic(dist);
  const browser = await chromium.launch({ executablePath, args: [...CHROMIUM_ARGS] });
  try {
    const page = await browser.newPage({ viewport: VIEWPORTS[viewport] });
    await page.goto(`${server.origin}/search/`);
    await page.waitForSelector('site-search[data-state="done"], site-search[data-state="error"]', { timeout: 60_000 });
    if ((await page.getAttribute('site-search', 'data-state')) === 'error') {
      throw new Error(`search page failed: ${await page.textContent('.search-status')}`);
    }
    await page.waitForSelector('.search-filters input', { state: 'attached', timeout: 60_000 });
    // The worker starts loading the index when the page creates it; let that finish, as it would
    // while a reader types.
    await page.waitForTimeout(1500);
    const before = server.served();
    server.resetServed();
    await page.fill('#search-q', query);
    await page.press('#search-q', 'Enter');
    await page.waitForSelector('site-search[data-state="done"]', { timeout: 60_000 });
    const ms = Number(await page.getAttribute('site-search', 'data-search-ms'));
    const results = await page.locator('.search-result').count();
    const after = server.served();
    const shards = await page.evaluate(() =>
      fetch('/search-manifest.json')
        .then((response) => response.json() as Promise<{ shards: unknown[] }>)
        .then((manifest) => manifest.shards.length),
    );
    return {
      query,
      viewport,
      transferred: before.transferred + after.transferred,
      searchTransferred: after.transferred,
      bytes: before.bytes + after.bytes,
      searchBytes: after.bytes,
      byKind: byKind([before, after]),
      ms,
      results,
      shards,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

/** What a requested path is, for the first search's breakdown. */
export function classifyPath(path: string): string {
  if (/^\/pagefind(-\d+)?\//.test(path)) {
    if (path.includes('/index/')) return 'index chunks';
    if (path.includes('/fragment/')) return 'result fragments';
    if (path.includes('/filter/')) return 'filter chunks';
    if (path.endsWith('.pf_meta')) return 'shard metadata (pf_meta)';
    if (path.endsWith('pagefind-entry.json')) return 'pagefind-entry.json';
    if (/\/wasm\.[^/]+\.pagefind$/.test(path)) return 'Pagefind WebAssembly';
    return 'Pagefind script';
  }
  if (path === '/search-manifest.json') return 'search-manifest.json';
  return 'page, CSS, site scripts';
}

function byKind(counts: readonly ServedBytes[]): ByKind {
  const kinds: ByKind = {};
  for (const served of counts) {
    for (const [path, counted] of Object.entries(served.byPath)) {
      const kind = (kinds[classifyPath(path)] ??= { requests: 0, bytes: 0, transferred: 0 });
      kind.requests++;
      kind.bytes += counted.bytes;
      kind.transferred += counted.transferred;
    }
  }
  return kinds;
}
