import { chromium } from 'playwright-core';
import { serveStatic } from './serve-static';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../lib/chromium';

export interface FirstSearch {
  query: string;
  /**
   * Bytes the server sent for the search page and everything the first search needed: page, CSS,
   * JS (uncompressed here; a real host would gzip them), Pagefind's script, worker, WebAssembly,
   * shard metadata and filters (already compressed), then the query's index chunks and fragments.
   */
  bytes: number;
  /** Of which the search itself, after the page was ready: index chunks and result fragments. */
  searchBytes: number;
  /** From submitting the query to results on screen, as the page measured it. */
  ms: number;
  results: number;
}

/**
 * Opens the built site's search page in Chromium, waits until the index is ready, then types
 * `query` and submits it, as a reader would: the bytes and time are those of a first search.
 */
export async function measureFirstSearch(
  dist: string,
  query: string,
  executablePath = CHROMIUM_PATH,
): Promise<FirstSearch> {
  const server = await serveStatic(dist);
  const browser = await chromium.launch({ executablePath, args: [...CHROMIUM_ARGS] });
  try {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/search/`);
    await page.waitForSelector('site-search[data-state="done"], site-search[data-state="error"]', { timeout: 60_000 });
    if ((await page.getAttribute('site-search', 'data-state')) === 'error') {
      throw new Error(`search page failed: ${await page.textContent('.search-status')}`);
    }
    await page.waitForSelector('.search-filters input', { timeout: 60_000 });
    const pageBytes = server.served().bytes;
    server.resetServed();
    await page.fill('#search-q', query);
    await page.press('#search-q', 'Enter');
    await page.waitForSelector('site-search[data-state="done"]', { timeout: 60_000 });
    const ms = Number(await page.getAttribute('site-search', 'data-search-ms'));
    const results = await page.locator('.search-result').count();
    const searchBytes = server.served().bytes;
    const bytes = pageBytes + searchBytes;
    return { query, bytes, searchBytes, ms, results };
  } finally {
    await browser.close();
    await server.close();
  }
}
