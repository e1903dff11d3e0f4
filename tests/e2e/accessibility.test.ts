import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type { AxeResults } from 'axe-core';
import { describe, expect, it } from 'vitest';
import { useE2eSite } from '../support/e2e';
import { listPagesByType, requireDist, type PageType } from '../../scripts/lib/site-files';

const site = useE2eSite();

// WCAG 2.0–2.2, levels A and AA: the rules a public body's site is held to.
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const AXE_SOURCE = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

requireDist();
const byType = await listPagesByType();
const first = (type: PageType): string | undefined => byType.get(type)?.[0];

/**
 * One page of every type the site has (issue 7: home, speeches index, a speech, a theme, targets,
 * search with results, 404). A missing type is listed with `undefined` so its test fails loudly.
 */
const pages: { name: string; path: string | undefined; ready?: (page: Page) => Promise<void> }[] = [
  { name: 'the home page', path: first('home') },
  { name: 'the speeches index', path: first('speech-index') },
  { name: 'a speech', path: byType.get('speech')?.find((path) => path.includes('2022-quwei')) ?? first('speech') },
  { name: 'the themes index', path: first('theme-index') },
  { name: 'a theme page', path: byType.get('theme')?.find((path) => path.includes('projects')) ?? first('theme') },
  { name: 'the targets scorecard', path: first('targets') },
  {
    name: 'the indicators index with its charts and its declared comparison drawn',
    path: first('indicator-index'),
    ready: async (page) => {
      await page.locator('indicator-chart[data-drawn]').first().waitFor({ state: 'attached' });
      await page.locator('target-chart').first().scrollIntoViewIfNeeded();
      await page.locator('target-chart[data-drawn]').first().waitFor({ state: 'attached' });
    },
  },
  {
    name: 'an indicator page with its chart drawn',
    path: byType.get('indicator')?.find((path) => path.includes('qu-gdp')) ?? first('indicator'),
    ready: async (page) => {
      await page.locator('indicator-chart[data-drawn]').first().waitFor({ state: 'attached' });
    },
  },
  {
    name: 'the search page with results for 营商环境',
    path: first('search') && '/search/?q=营商环境',
    ready: async (page) => {
      await page.locator('main a[href*="/speeches/"]').first().waitFor({ state: 'visible' });
    },
  },
  { name: 'the 404 page', path: '/no-such-page/' },
];

async function runAxe(page: Page): Promise<AxeResults> {
  // Evaluated through the DevTools protocol, so the page's Content-Security-Policy does not block it.
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(
    async (tags) =>
      (window as unknown as { axe: typeof import('axe-core') }).axe.run(document, {
        runOnly: { type: 'tag', values: tags },
      }),
    WCAG_TAGS,
  );
}

function describeViolations(results: AxeResults): string[] {
  return results.violations.flatMap((violation) =>
    violation.nodes.map(
      (node) => `${violation.id} (${violation.impact ?? ''}): ${node.target.join(' ')} — ${node.failureSummary ?? ''}`,
    ),
  );
}

describe.each(['light', 'dark'] as const)('accessibility in %s mode (axe-core, WCAG 2.2 A and AA)', (colorScheme) => {
  it.each(pages)('finds no violation on $name', async ({ path, ready }) => {
    expect(path, 'this page type is missing from dist/').toBeDefined();
    const page = await site.newPage({ colorScheme });
    await page.goto(`${site.origin}${path!}`, { waitUntil: 'load' });
    await ready?.(page);
    const results = await runAxe(page);
    expect(describeViolations(results)).toEqual([]);
    // axe checks contrast only where it can compute it; a page with no passes at all was not tested.
    expect(results.passes.length).toBeGreaterThan(10);
  });
});
