import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { watchPage } from '../support/browser';
import { useE2eSite } from '../support/e2e';

const site = useE2eSite();

/** Result items of the search page, once its status says the search has finished. */
const results = (page: Page) => page.locator('main .search-results > li');

async function waitForResults(page: Page, count?: number): Promise<number> {
  await page.waitForFunction(
    (expected) => {
      const items = document.querySelectorAll('main .search-results > li').length;
      const busy = document.querySelector('site-search')?.getAttribute('aria-busy') === 'true';
      return !busy && items > 0 && (expected === undefined || items === expected);
    },
    count,
    { timeout: 15_000 },
  );
  return results(page).count();
}

/** The count a filter checkbox promises, read from its label: `2024（3）` → 3. */
async function filterCounts(page: Page): Promise<{ name: string; value: string; count: number }[]> {
  return page.locator('main .search-filters input[type="checkbox"]').evaluateAll((boxes) =>
    boxes.map((box) => {
      const input = box as HTMLInputElement;
      const text = input.closest('label')?.textContent ?? '';
      return { name: input.name, value: input.value, count: Number(/（(\d+)）/.exec(text)?.[1] ?? -1) };
    }),
  );
}

describe('a reader searching', () => {
  it('types 营商环境 in the header box, lands on results, narrows them with a filter, and opens a paragraph from a sub-result', async () => {
    const page = await site.newPage();
    const problems = watchPage(page);
    await page.goto(`${site.origin}/speeches/`);

    await page.locator('header input[name="q"]').fill('营商环境');
    await page.locator('header input[name="q"]').press('Enter');
    await page.waitForURL((url) => url.pathname === '/search/' && url.searchParams.get('q') === '营商环境');
    const total = await waitForResults(page);
    expect(total).toBeGreaterThan(1);
    // Excerpts and sub-results mark the words found.
    await expect(page.locator('main .search-results mark').first().textContent()).resolves.toContain('营商环境');

    // A filter with fewer matches than the whole list: checking it must show exactly that many.
    const narrowing = (await filterCounts(page)).find((filter) => filter.count > 0 && filter.count < total);
    expect(narrowing, 'no filter narrows the results for 营商环境').toBeDefined();
    await page.locator(`main .search-filters input[name="${narrowing!.name}"][value="${narrowing!.value}"]`).check();
    await waitForResults(page, narrowing!.count);
    expect(new URL(page.url()).searchParams.getAll(narrowing!.name)).toContain(narrowing!.value);

    const subResult = page.locator('main .search-subresults a[href*="#p-"]').first();
    const href = (await subResult.getAttribute('href')) ?? '';
    const anchor = /#(p-\d+)/.exec(href)?.[1];
    expect(anchor, href).toBeDefined();
    await subResult.click();
    await page.waitForURL(/\/speeches\/[^/]+\/#p-\d+/);

    const paragraph = page.locator(`#${anchor!}`);
    await expect(paragraph.textContent()).resolves.toContain('营商环境');
    const state = await paragraph.evaluate((element) => {
      const box = element.getBoundingClientRect();
      const style = getComputedStyle(element);
      return {
        target: element.matches(':target'),
        inView: box.bottom > 0 && box.top < window.innerHeight,
        highlighted:
          style.backgroundColor !== 'rgba(0, 0, 0, 0)' || style.outlineStyle !== 'none' || style.boxShadow !== 'none',
      };
    });
    expect(state).toEqual({ target: true, inView: true, highlighted: true });
    expect(problems.list).toEqual([]);
  });

  it('shares a search as a URL: opening /search/?q=综保区 shows only speeches that contain 综保区', async () => {
    const page = await site.newPage();
    await page.goto(`${site.origin}/search/?q=${encodeURIComponent('综保区')}`);
    await expect(page.locator('main input[name="q"]').first().inputValue()).resolves.toBe('综保区');
    const count = await waitForResults(page);
    const links = await results(page)
      .locator('h2 a')
      .evaluateAll((anchors) => anchors.map((anchor) => new URL((anchor as HTMLAnchorElement).href).pathname));
    expect(links).toHaveLength(count);
    for (const path of links) {
      const html = await (await fetch(`${site.origin}${path}`)).text();
      expect(html, path).toContain('综保区');
    }
  });

  /** The result links' paths, and the text of each result's page. */
  async function shownPages(page: Page): Promise<{ path: string; html: string }[]> {
    const paths = await results(page)
      .locator('h2 a')
      .evaluateAll((anchors) => anchors.map((anchor) => new URL((anchor as HTMLAnchorElement).href).pathname));
    return Promise.all(
      paths.map(async (path) => ({ path, html: await (await fetch(`${site.origin}${path}`)).text() })),
    );
  }

  it('finds 5G as typed: the three speeches that say 5G, with 5G marked', async () => {
    const page = await site.newPage();
    await page.goto(`${site.origin}/search/?q=5G`);
    expect(await waitForResults(page)).toBe(3);
    for (const { path, html } of await shownPages(page))
      expect(html, path).toMatch(/(?<![A-Za-z0-9])5G(?![A-Za-z0-9])/);
    const marks = await page.locator('main .search-results mark').allTextContents();
    expect(new Set(marks)).toEqual(new Set(['5G']));
  });

  it('finds the Simplified text for a query in Traditional characters, and marks it as written', async () => {
    const page = await site.newPage();
    const problems = watchPage(page);
    await page.goto(`${site.origin}/search/?q=${encodeURIComponent('營商環境')}`);
    expect(await waitForResults(page)).toBe(5);
    await expect(page.locator('main .search-also').textContent()).resolves.toContain('同时检索了：营商环境');
    const marks = await page.locator('main .search-results mark').allTextContents();
    expect(new Set(marks)).toEqual(new Set(['营商环境']));
    expect(problems.list).toEqual([]);
  });

  it('also searches the full name of a short name, says so, and marks the form each page has', async () => {
    const page = await site.newPage();
    await page.goto(`${site.origin}/search/?q=${encodeURIComponent('规上')}`);
    const total = await waitForResults(page);
    await expect(page.locator('main .search-also').textContent()).resolves.toContain('同时检索了：规模以上');
    const pages = await shownPages(page);
    expect(pages.every(({ html }) => html.includes('规上') || html.includes('规模以上'))).toBe(true);
    // The pages that say 规上 come first; one that only says 规模以上 says so and marks it.
    const says = pages.map(({ html }) => html.includes('规上'));
    expect(says).toEqual([...says].sort((a, b) => Number(b) - Number(a)));
    expect(says).toContain(false);
    const other = results(page).nth(says.indexOf(false));
    await expect(other.locator('.search-result-form').textContent()).resolves.toBe('本篇写作：规模以上');
    await expect(other.locator('mark').first().textContent()).resolves.toBe('规模以上');

    // Quoted, only the form typed: the speech that says only 规模以上 drops out, and no notice.
    await page.locator('#search-q').fill('"规上"');
    await page.locator('#search-q').press('Enter');
    await waitForResults(page, total - says.filter((x) => !x).length);
    await expect(page.locator('main .search-also').isHidden()).resolves.toBe(true);
    for (const { path, html } of await shownPages(page)) expect(html, path).toContain('规上');
  });

  it('lists filters with counts before anything is typed, to browse e.g. all 项目 passages', async () => {
    const page = await site.newPage();
    await page.goto(`${site.origin}/search/`);
    await page.locator('main .search-filters input[type="checkbox"]').first().waitFor({ state: 'visible' });
    const filters = await filterCounts(page);
    expect(filters.length).toBeGreaterThan(3);
    expect(filters.every((filter) => filter.count >= 0)).toBe(true);
    const projects = filters.find((filter) => filter.value === '项目');
    expect(projects?.count).toBeGreaterThan(0);
    await page.locator(`main .search-filters input[name="${projects!.name}"][value="项目"]`).check();
    await waitForResults(page, projects!.count);
  });

  it('counts the filters of a query of two words from the speeches that hold both, not either', async () => {
    const page = await site.newPage();
    // 开放 is in every seed, 综保区 in two: the counts must describe the two.
    await page.goto(`${site.origin}/search/?q=${encodeURIComponent('开放 综保区')}`);
    const total = await waitForResults(page);
    // Every speech has exactly one year, so the year counts add up to the results.
    const years = (await filterCounts(page)).filter((filter) => filter.name === 'year');
    expect(years.length).toBeGreaterThan(1);
    expect(years.reduce((sum, year) => sum + year.count, 0)).toBe(total);
  });

  it('goes Back from a second search, typed and then sent with Enter, to the first', async () => {
    const page = await site.newPage();
    await page.goto(`${site.origin}/search/?q=${encodeURIComponent('开放')}`);
    await waitForResults(page);
    // Type, pause long enough for the search-as-you-type to run, then press Enter.
    await page.locator('#search-q').fill('综保区');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === '综保区');
    await page.locator('#search-q').press('Enter');
    await waitForResults(page);
    await page.goBack();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === '开放');
    await expect(page.locator('#search-q').inputValue()).resolves.toBe('开放');
    await page.waitForFunction(() => document.querySelector('.search-status')?.textContent.includes('“开放”'));
  });

  it('searches in a worker: the page itself never loads Pagefind, so typing is never blocked by it', async () => {
    const page = await site.newPage();
    const problems = watchPage(page);
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(new URL(worker.url()).pathname));
    await page.goto(`${site.origin}/search/?q=${encodeURIComponent('营商环境')}`);
    await waitForResults(page);
    expect(workers).toEqual([expect.stringMatching(/^\/_astro\/search-worker[^/]*\.js$/)]);
    const loadedByPage = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname),
    );
    expect(loadedByPage.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);
    expect(problems.list).toEqual([]);
  });

  it('on a phone shows the results first, with the filters folded above them until 筛选 is tapped', async () => {
    const page = await site.newPage({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });
    await page.goto(`${site.origin}/search/?q=${encodeURIComponent('营商环境')}`);
    await waitForResults(page);
    const firstResult = results(page).first();
    await expect(firstResult.isVisible()).resolves.toBe(true);
    expect(await firstResult.evaluate((item) => item.getBoundingClientRect().top < window.innerHeight)).toBe(true);
    const checkbox = page.locator('main .search-filters input[type="checkbox"]').first();
    await expect(checkbox.isVisible()).resolves.toBe(false);
    await page.locator('main .search-filters-box summary').tap();
    await expect(checkbox.isVisible()).resolves.toBe(true);
  });

  it.each([
    ['a plain query (Pagefind counts it once the filters are loaded)', '营商环境'],
    ['a query of two words (recounted from the pages each value holds)', '开放 综保区'],
  ])(
    'on a phone loads the filter lists’ data only when 筛选 is opened, then counts the search on screen: %s',
    async (_, query) => {
      const page = await site.newPage({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });
      const filterChunks: string[] = [];
      // The worker's fetches are the page's requests too.
      page.on('request', (request) => {
        if (/\/filter\/[^/]+\.pf_filter$/.test(new URL(request.url()).pathname)) filterChunks.push(request.url());
      });
      await page.goto(`${site.origin}/search/?q=${encodeURIComponent(query)}`);
      const total = await waitForResults(page);
      expect(filterChunks).toEqual([]);
      await page.locator('main .search-filters-box summary').tap();
      await page.waitForFunction(() =>
        [...document.querySelectorAll('main .search-count')].every((counter) => counter.textContent !== ''),
      );
      expect(filterChunks.length).toBeGreaterThan(0);
      // Every speech has exactly one year, so the year counts add up to the results.
      const years = (await filterCounts(page)).filter((filter) => filter.name === 'year');
      expect(years.reduce((sum, year) => sum + year.count, 0)).toBe(total);
    },
  );

  it.each([
    ['a desktop, where the lists are on screen, loads them', { width: 1280, height: 900 }, true],
    ['a phone, where they are folded, does not', { width: 375, height: 740 }, false],
  ])('before anything is typed, %s: the filter lists’ data', async (_, viewport, loads) => {
    const page = await site.newPage({ viewport });
    const filterChunks: string[] = [];
    page.on('request', (request) => {
      if (/\/filter\/[^/]+\.pf_filter$/.test(new URL(request.url()).pathname)) filterChunks.push(request.url());
    });
    const metaLoaded = page.waitForRequest((request) => request.url().endsWith('.pf_meta'));
    await page.goto(`${site.origin}/search/`);
    await metaLoaded;
    if (loads) await page.waitForRequest((request) => request.url().endsWith('.pf_filter'));
    // Time for any late request to show (the page is idle: nothing typed).
    await page.waitForTimeout(500);
    expect(filterChunks.length > 0).toBe(loads);
  });

  it('on a phone says on the folded 筛选 how many filters a shared link selected', async () => {
    const page = await site.newPage({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });
    await page.goto(
      `${site.origin}/search/?q=${encodeURIComponent('营商环境')}&year=2022&theme=${encodeURIComponent('项目')}`,
    );
    await waitForResults(page);
    await expect(page.locator('main .search-filters-box summary').textContent()).resolves.toBe('筛选（已选 2 项）');
    await expect(page.locator('main .search-filters input[name="year"][value="2022"]').isChecked()).resolves.toBe(true);
  });

  it('on a wide screen shows the filters open beside the results', async () => {
    const page = await site.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${site.origin}/search/?q=${encodeURIComponent('营商环境')}`);
    await waitForResults(page);
    await expect(page.locator('main .search-filters input[type="checkbox"]').first().isVisible()).resolves.toBe(true);
    const [filters, list] = await Promise.all([
      page.locator('main .search-filters').boundingBox(),
      page.locator('main .search-results').boundingBox(),
    ]);
    expect(filters!.x + filters!.width).toBeLessThanOrEqual(list!.x);
  });
});
