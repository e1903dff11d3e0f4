import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { watchPage } from '../support/browser';
import { useE2eSite } from '../support/e2e';

const site = useE2eSite();

/** Whether the element is at least partly inside the viewport after the browser scrolled to it. */
async function isInViewport(page: Page, selector: string): Promise<boolean> {
  return page.locator(selector).evaluate((element) => {
    const box = element.getBoundingClientRect();
    return box.bottom > 0 && box.top < window.innerHeight;
  });
}

describe('a reader following a theme to a paragraph', () => {
  it('goes from the home page to the 开放 theme, to the passage 一要致力于打造开放高地, and lands on that paragraph of its speech', async () => {
    const page = await site.newPage();
    const problems = watchPage(page);
    await page.goto(`${site.origin}/`);

    await page.locator('main a[href="/themes/opening-up/"]').first().click();
    await page.waitForURL(`${site.origin}/themes/opening-up/`);
    await expect(page.locator('h1').textContent()).resolves.toContain('开放');

    const passage = page.locator('main .passage', { hasText: '一要致力于打造开放高地' });
    await expect(passage.count()).resolves.toBe(1);
    await passage.locator('a[href*="/speeches/"][href*="#p-"]', { hasText: '全文' }).click();
    await page.waitForURL(/\/speeches\/[^/]+\/#p-\d+$/);

    const anchor = new URL(page.url()).hash;
    const paragraph = page.locator(anchor);
    await expect(paragraph.textContent()).resolves.toMatch(/^一要致力于打造开放高地/);
    await expect(paragraph.evaluate((element) => element.matches(':target'))).resolves.toBe(true);
    await expect(isInViewport(page, anchor)).resolves.toBe(true);
    expect(problems.list).toEqual([]);
  });

  it('offers on every paragraph a link to its own anchor, which keeps the paragraph in view when followed', async () => {
    const page = await site.newPage();
    await page.goto(`${site.origin}/speeches/2019-gaoxinqu-kaifang-chuangxin-diaoyan/`);
    const paragraphIds = await page.locator('main p[id^="p-"]').evaluateAll((elements) => elements.map((p) => p.id));
    expect(paragraphIds.length).toBeGreaterThan(5);
    for (const id of paragraphIds) {
      await expect(page.locator(`main a[href="#${id}"]`).count(), `a link to #${id}`).resolves.toBeGreaterThan(0);
    }

    const last = paragraphIds.at(-1)!;
    await page.locator(`main a[href="#${last}"]`).first().click();
    expect(new URL(page.url()).hash).toBe(`#${last}`);
    await expect(isInViewport(page, `#${last}`)).resolves.toBe(true);
  });
});
