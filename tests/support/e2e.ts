/**
 * One nginx and one Chromium per e2e test file, started before its tests and stopped after.
 */
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { launchChromium } from './browser';
import { startNginx, type RunningSite } from '../../scripts/lib/nginx';
import { requireDist } from '../../scripts/lib/site-files';

export interface E2eSite {
  /** `http://127.0.0.1:<port>` of nginx serving dist/ with deploy/nginx.conf. */
  readonly origin: string;
  readonly browser: Browser;
  /** A fresh page in its own context (no shared cookies, cache or focus state), closed after the test. */
  newPage: (options?: BrowserContextOptions) => Promise<Page>;
}

/**
 * `root`: the built site nginx serves, dist/ unless a test file builds its own (read when the
 * file's tests start, so a `beforeAll` registered earlier may build it).
 */
export function useE2eSite(root?: () => string): E2eSite {
  let site: RunningSite | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    requireDist();
    site = await startNginx(root?.());
    browser = await launchChromium();
  });
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
  });
  afterAll(async () => {
    await browser?.close();
    await site?.stop();
  });
  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} is not running: useE2eSite() starts it in beforeAll`);
    return value;
  };
  return {
    get origin() {
      return started(site, 'nginx').origin;
    },
    get browser() {
      return started(browser, 'Chromium');
    },
    newPage: async (options = {}) => {
      const context = await started(browser, 'Chromium').newContext({ locale: 'zh-CN', ...options });
      contexts.push(context);
      return context.newPage();
    },
  };
}
