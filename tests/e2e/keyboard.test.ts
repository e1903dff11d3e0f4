import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useE2eSite } from '../support/e2e';

const site = useE2eSite();

/** What the focused element looks like: tag, text and whether a focus indicator is drawn. */
async function describeFocus(
  page: Page,
): Promise<{ tag: string; label: string; indicator: boolean; visible: boolean; index: number }> {
  return page.evaluate(() => {
    const element = document.activeElement as (HTMLElement & { e2eIndex?: number }) | null;
    if (!element || element === document.body) {
      return { tag: 'body', label: '', indicator: false, visible: false, index: -1 };
    }
    // A number per element (a JS property, not an attribute: the DOM stays as built), to notice
    // when Tab has gone round the whole page.
    const counter = window as unknown as { e2eFocusCount?: number };
    element.e2eIndex ??= counter.e2eFocusCount = (counter.e2eFocusCount ?? 0) + 1;
    const style = getComputedStyle(element);
    const box = element.getBoundingClientRect();
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    const shadow = style.boxShadow !== 'none';
    const text = element.textContent.trim();
    return {
      tag: element.tagName.toLowerCase(),
      label: element.getAttribute('aria-label') ?? (text !== '' ? text : (element.getAttribute('name') ?? '')),
      indicator: outline || shadow,
      visible: box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < window.innerHeight,
      index: element.e2eIndex,
    };
  });
}

describe('a keyboard-only reader', () => {
  it('meets a visible skip link first, and following it moves focus to the main content', async () => {
    const page = await site.newPage();
    await page.goto(`${site.origin}/speeches/2024-08-21-gaoxinqu-gaozhiliang-tuijinhui/`);
    await page.keyboard.press('Tab');
    const focused = await describeFocus(page);
    expect(focused).toMatchObject({ tag: 'a', label: '跳到正文', indicator: true, visible: true });
    await expect(page.evaluate(() => document.activeElement?.getAttribute('href'))).resolves.toBe('#main');

    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main');
    // The next Tab continues inside the main content, not back in the header.
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.closest('main') !== null)).resolves.toBe(true);
  });

  it('sees a focus indicator on every element it tabs to on the home page', async () => {
    const page = await site.newPage();
    await page.goto(`${site.origin}/`);
    const withoutIndicator: string[] = [];
    const seen = new Set<number>();
    for (let step = 0; step < 80; step++) {
      await page.keyboard.press('Tab');
      const focused = await describeFocus(page);
      if (focused.tag === 'body' || seen.has(focused.index)) break;
      seen.add(focused.index);
      if (!focused.indicator || !focused.visible) withoutIndicator.push(`${focused.tag}: ${focused.label}`);
    }
    // Skip link, site name, three sections, search box and button, then the page's own links.
    expect(seen.size).toBeGreaterThan(8);
    expect(withoutIndicator).toEqual([]);
  });

  it('searches from the header box with the keyboard alone and opens a result', async () => {
    const page = await site.newPage();
    await page.goto(`${site.origin}/themes/innovation/`);
    // Tab until the header's search box has focus, as a reader would.
    for (let step = 0; step < 15; step++) {
      await page.keyboard.press('Tab');
      const isSearchBox = await page.evaluate(
        () => document.activeElement?.matches('header input[type="search"], header input[name="q"]') ?? false,
      );
      if (isSearchBox) break;
    }
    await expect(page.evaluate(() => document.activeElement?.getAttribute('name'))).resolves.toBe('q');
    await page.keyboard.type('专精特新');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=/);
    expect(new URL(page.url()).searchParams.get('q')).toBe('专精特新');

    // A result links to a speech page (`/speeches/<slug>/`, perhaps with an anchor).
    await page.waitForFunction(() =>
      [...document.querySelectorAll('main a')].some((a) => /\/speeches\/[^/]+\//.test(a.getAttribute('href') ?? '')),
    );
    // Tab through the search page until a result link has focus, then open it with Enter.
    let href = '';
    for (let step = 0; step < 60 && !/\/speeches\/[^/]+\//.test(href); step++) {
      await page.keyboard.press('Tab');
      href = await page.evaluate(
        () => (document.activeElement?.closest('main') ? document.activeElement.getAttribute('href') : null) ?? '',
      );
    }
    expect(href).toMatch(/\/speeches\/[^/]+\//);
    expect((await describeFocus(page)).indicator).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/speeches\/[^/]+\//);
    await expect(page.locator('main').textContent()).resolves.toContain('专精特新');
  });
});
