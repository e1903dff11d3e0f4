/**
 * Debian's Chromium driven by playwright-core (Playwright cannot download its own browsers here),
 * and a watcher that records everything a reader's browser would complain about.
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/lib/chromium';

export { CHROMIUM_ARGS, CHROMIUM_PATH };

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
}

export interface PageProblems {
  /** Console errors (CSP violations among them), uncaught exceptions, failed and 4xx/5xx requests. */
  readonly list: string[];
}

/**
 * Starts recording a page's problems. `allowNotFound` exempts one URL path from the 4xx check
 * (the 404 page is meant to answer 404).
 */
export function watchPage(page: Page, options: { allowNotFound?: string } = {}): PageProblems {
  const list: string[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    // "Failed to load resource" names no URL in its text; the location does.
    const url = message.location().url;
    const expected404 = url !== '' && new URL(url).pathname === options.allowNotFound && /\b404\b/.test(message.text());
    if (!expected404) list.push(`console error: ${message.text()} (${url})`);
  });
  page.on('pageerror', (error) => list.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (request) => {
    const error = request.failure()?.errorText ?? 'unknown';
    // A reader who follows a link while the page still fetches something (a chart script loading
    // in an idle callback) cancels that fetch. That is the browser's doing, not a broken resource;
    // a missing file still shows as its 404 response below, a CSP block as a console error.
    if (error === 'net::ERR_ABORTED') return;
    list.push(`request failed: ${request.url()} (${error})`);
  });
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (response.status() >= 400 && url.pathname !== options.allowNotFound) {
      list.push(`HTTP ${response.status()}: ${response.url()}`);
    }
  });
  return { list };
}

/** True when the page can scroll sideways: something is wider than the viewport. */
export async function scrollsHorizontally(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
}

/** The elements that stick out of the viewport on the right, to say what causes sideways scrolling. */
export async function describeOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    return [...document.querySelectorAll('body *')]
      .filter((element) => element.getBoundingClientRect().right > width + 1)
      .slice(0, 5)
      .map((element) => `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}.${element.className}`);
  });
}
