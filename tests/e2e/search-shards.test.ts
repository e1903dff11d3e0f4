/**
 * Search on an archive whose index is split into shards (src/integrations/search-index-worker.ts
 * closes one every JIANBAO_SEARCH_SHARD_PAGES speeches; 800 by default, so every site over 800
 * speeches has several). The seed site has one, so this file builds the seeds again with two
 * speeches per shard — three shards — and searches that build.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useE2eSite } from '../support/e2e';
import { runNpm } from '../tools/run';

const outDir = mkdtempSync(join(tmpdir(), 'jianbao-shards-'));
beforeAll(() => {
  const build = runNpm(['build', '--', '--outDir', outDir], { JIANBAO_SEARCH_SHARD_PAGES: '2' });
  if (build.status !== 0) throw new Error(`build with 2 speeches per shard failed:\n${build.output}`);
}, 180_000);
afterAll(() => {
  rmSync(outDir, { recursive: true, force: true });
});
const site = useE2eSite(() => outDir);

async function finished(page: Page): Promise<'done' | 'error'> {
  await page.waitForSelector('site-search[data-state="done"], site-search[data-state="error"]', { timeout: 45_000 });
  return (await page.getAttribute('site-search', 'data-state')) as 'done' | 'error';
}

/** Each result's date, from its meta line (`2022-04 · 讲话 · …`). */
async function resultDates(page: Page): Promise<string[]> {
  const metas = await page.locator('main .search-result-meta').allTextContents();
  return metas.map((meta) => meta.split(' · ')[0]!.trim());
}

describe('searching an archive whose index has several shards', () => {
  it('was built with several shards', () => {
    expect(readdirSync(outDir).filter((name) => /^pagefind(-\d+)?$/.test(name)).length).toBeGreaterThanOrEqual(3);
  });

  it('sorts by date newest first across all shards, listing the same speeches as by relevance', async () => {
    const page = await site.newPage();
    await page.goto(`${site.origin}/search/?q=${encodeURIComponent('开放')}&sort=date`);
    expect(await finished(page)).toBe('done');
    const byDate = await resultDates(page);
    expect(byDate.length).toBeGreaterThan(2);
    expect(byDate).toEqual([...byDate].sort((a, b) => (a < b ? 1 : a > b ? -1 : 0)));
    const titlesByDate = await page.locator('main .search-result h2').allTextContents();

    await page.goto(`${site.origin}/search/?q=${encodeURIComponent('开放')}`);
    expect(await finished(page)).toBe('done');
    const titlesByRelevance = await page.locator('main .search-result h2').allTextContents();
    expect([...titlesByDate].sort()).toEqual([...titlesByRelevance].sort());
  });

  it('lists a browse by one filter alone (主题 项目) newest first and complete', async () => {
    const page = await site.newPage();
    await page.goto(`${site.origin}/search/?theme=${encodeURIComponent('项目')}`);
    expect(await finished(page)).toBe('done');
    const dates = await resultDates(page);
    expect(dates).toEqual([...dates].sort((a, b) => (a < b ? 1 : a > b ? -1 : 0)));
    const promised = Number(
      /（(\d+)）/.exec((await page.locator('.search-count[data-filter="theme:项目"]').textContent()) ?? '')?.[1],
    );
    expect(dates).toHaveLength(promised);
  });

  it('says the index could not load, instead of searching for ever, when its WebAssembly fails', async () => {
    const page = await site.newPage();
    await page.context().route(/\/wasm\.[^/]+\.pagefind$/, (route) => route.abort());
    await page.goto(`${site.origin}/search/?q=${encodeURIComponent('开放')}`);
    expect(await finished(page)).toBe('error');
    await expect(page.locator('.search-status').textContent()).resolves.toContain('搜索暂时无法使用');
    expect(await page.getAttribute('site-search', 'aria-busy')).toBeNull();
  });

  it('keeps saying search is unavailable, not busy, when its worker cannot start and the reader types again', async () => {
    const page = await site.newPage();
    await page.context().route(/\/_astro\/search-worker[^/]*\.js$/, (route) => route.abort());
    await page.goto(`${site.origin}/search/?q=${encodeURIComponent('开放')}`);
    expect(await finished(page)).toBe('error');
    await page.locator('#search-q').fill('综保区');
    await page.locator('#search-q').press('Enter');
    expect(await finished(page)).toBe('error');
    expect(await page.getAttribute('site-search', 'aria-busy')).toBeNull();
    await expect(page.locator('.search-status').textContent()).resolves.toContain('搜索暂时无法使用');
  });
});
