import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { watchPage } from '../support/browser';
import { useE2eSite } from '../support/e2e';

const site = useE2eSite();
const PHONE = { viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true } as const;
const SPEECH = '/speeches/2024-08-21-gaoxinqu-gaozhiliang-tuijinhui/';
const LONG_SPEECH = '/speeches/2022-quwei-shijie-sici-quanhui/';

/** The element's box after load, relative to the top of the page. */
async function boxOf(page: Page, selector: string) {
  return page
    .locator(selector)
    .first()
    .evaluate((element) => {
      const box = element.getBoundingClientRect();
      return {
        top: box.top + window.scrollY,
        bottom: box.bottom + window.scrollY,
        width: box.width,
        height: box.height,
      };
    });
}

describe('the first phone screen (375 × 812)', () => {
  it('of a speech shows its title, date, speaker and the beginning of its text; the metadata is folded', async () => {
    const page = await site.newPage(PHONE);
    const problems = watchPage(page);
    await page.goto(site.origin + SPEECH);
    for (const selector of ['h1', '.speech-byline time', '.speech-byline span']) {
      expect((await boxOf(page, selector)).bottom, selector).toBeLessThan(812);
    }
    await expect(page.locator('.speech-byline').textContent()).resolves.toContain('郭程明');
    expect((await boxOf(page, '.speech-body p[id^="p-"]')).top).toBeLessThan(812 - 60);
    await expect(page.locator('details.doc-meta-details').getAttribute('open')).resolves.toBeNull();
    expect(problems.list).toEqual([]);
  });

  it('of a theme page leads with a passage: its section heading and its sentences, keywords marked', async () => {
    const page = await site.newPage(PHONE);
    await page.goto(`${site.origin}/themes/projects/`);
    const passage = await boxOf(page, '.passage');
    expect(passage.top).toBeLessThan(812 - 100);
    await expect(page.locator('.passage').first().locator('.passage-section').textContent()).resolves.toContain(
      '要紧抓项目增后劲',
    );
    await expect(page.locator('.passage').first().locator('mark').count()).resolves.toBeGreaterThan(0);
    // Whole sentences: the shown text ends at a sentence end (or the …… of a left-out part).
    const text = (await page.locator('.passage-text').first().textContent())?.trim() ?? '';
    expect(text).toMatch(/[。！？；……]$/u);
  });

  it('of the home page says whose speeches these are and reaches the latest speeches', async () => {
    const page = await site.newPage(PHONE);
    await page.goto(`${site.origin}/`);
    await expect(page.locator('.home-about').textContent()).resolves.toMatch(
      /郑州高新区.*5\s*篇.*2019年.*2024年8月21日/su,
    );
    expect((await boxOf(page, '#latest-title')).top).toBeLessThan(812);
    await expect(page.locator('input[type="search"]').count()).resolves.toBe(1);
  });

  it('of a speech does not grow by the targets box: opened, it sits after the text', async () => {
    const page = await site.newPage(PHONE);
    await page.goto(site.origin + SPEECH);
    const before = await boxOf(page, '.speech-body p[id^="p-"]');
    await page.locator('.speech-targets summary').click();
    const after = await boxOf(page, '.speech-body p[id^="p-"]');
    expect(after.top).toBe(before.top);
    expect((await boxOf(page, '.speech-targets')).top).toBeGreaterThan((await boxOf(page, '.speech-body')).bottom - 1);
  });
});

describe('reading on a phone', () => {
  it('gives paragraph links the 第N段 wording and 44 × 44 px touch targets', async () => {
    const page = await site.newPage(PHONE);
    await page.goto(site.origin + SPEECH);
    const link = page.locator('.para-link').first();
    await expect(link.textContent()).resolves.toBe('第1段');
    const box = await boxOf(page, '.para-link');
    expect(box.width).toBeGreaterThanOrEqual(44);
    expect(box.height).toBeGreaterThanOrEqual(44);
  });

  it('sets Chinese quotation marks full width, as wide as a Han character', async () => {
    const page = await site.newPage(PHONE);
    await page.goto(site.origin + SPEECH);
    const widths = await page.locator('h1').evaluate((h1) => {
      const measure = (text: string) => {
        const span = document.createElement('span');
        span.textContent = text;
        h1.append(span);
        const width = span.getBoundingClientRect().width;
        span.remove();
        return width;
      };
      return { quote: measure('“'), han: measure('要') };
    });
    expect(widths.quote).toBeGreaterThan(widths.han * 0.9);
  });

  it('marks the current section in the header and offers previous/next, related speeches and back to top', async () => {
    const page = await site.newPage(PHONE);
    await page.goto(site.origin + LONG_SPEECH);
    await expect(page.locator('.site-header nav a[aria-current]').textContent()).resolves.toBe('讲话');
    await expect(page.locator('.speech-nav a[rel="prev"], .speech-nav a[rel="next"]').count()).resolves.toBe(2);
    await expect(page.locator('.related li').count()).resolves.toBeGreaterThan(0);
    await page.locator('.back-to-top a').click();
    await expect(page.evaluate(() => window.scrollY)).resolves.toBeLessThan(100);
  });
});
