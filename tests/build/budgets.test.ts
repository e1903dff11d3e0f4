import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { GZIP_LEVEL, KB, sumGzip, weighPage, type Asset, type PageWeight } from '../support/page-weight';
import {
  DIST_DIR,
  classifyPage,
  listDistFiles,
  requireDist,
  urlPathForFile,
  type PageType,
} from '../../scripts/lib/site-files';

/**
 * Limits, gzip bytes as nginx sends them (docs/quality.md explains each). JavaScript is only for
 * the two islands: charts and search. Everything else is HTML and one stylesheet.
 */
const LIMITS = {
  /** The chart island: <target-chart> (bar parts) or <indicator-chart> (line parts) plus chart.js, lazily loaded. */
  chartIslandJs: 80 * KB,
  /**
   * The search island, its worker and Pagefind's loader; Pagefind's WebAssembly and index chunks
   * load on the first query.
   */
  searchJs: 40 * KB,
  /**
   * OpenCC's Traditional → Simplified tables (src/lib/search/simplify.ts), which the search worker
   * imports only for a query with a Traditional character; not part of `searchJs`.
   */
  traditionalJs: 60 * KB,
  /** All stylesheets a page links. */
  css: 20 * KB,
  /** HTML + CSS + JS + images of one page. A speech page carries the full text of the speech. */
  pageWeight: { speech: 120 * KB, other: 100 * KB },
} as const;

requireDist();
const files = await listDistFiles();
const fileSet = new Set(files);
const pages: (PageWeight & { type: PageType; hasChart: boolean })[] = [];
for (const file of files.filter((name) => name.endsWith('.html'))) {
  const weight = await weighPage(DIST_DIR, file, fileSet);
  const hasChart = /<(?:target|indicator)-chart\b/.test(await readFile(path.join(DIST_DIR, file), 'utf8'));
  pages.push({ ...weight, type: classifyPage(urlPathForFile(file)), hasChart });
}

const js = (assets: readonly Asset[]): Asset[] => assets.filter((asset) => asset.kind === 'js');
const kb = (bytes: number): string => `${(bytes / KB).toFixed(1)} KB`;

/** The chunk Vite splits off for src/lib/search/simplify.ts (OpenCC's tables). */
function isConverterChunk(asset: Asset): boolean {
  return /(^|\/)simplify[-.][\w-]+\.js$/.test(asset.file);
}

/** Whether a script, through its imports, defines the <target-chart> or <indicator-chart> element. */
function isChartEntry(page: PageWeight, entry: PageWeight['entries'][number]): boolean {
  return page.assets.some(
    (asset) =>
      entry.closure.includes(asset.file) &&
      /customElements\.define\(\s*["'`](?:target|indicator)-chart["'`]/.test(asset.source ?? ''),
  );
}

describe('page weight budgets', () => {
  it('finds the built pages to measure', () => {
    expect(pages.map((page) => page.type)).toEqual(expect.arrayContaining(['home', 'speech', 'theme', 'not-found']));
  });

  it('sends no JavaScript at all on pages without a chart or search', () => {
    const offenders = pages
      .filter((page) => !page.hasChart && page.type !== 'search')
      .filter((page) => js(page.assets).length > 0)
      .map(
        (page) =>
          `${page.page}: ${js(page.assets)
            .map((asset) => asset.file)
            .join(', ')}`,
      );
    expect(offenders).toEqual([]);
  });

  it('sends on chart pages only the chart island, the script that defines the chart element', () => {
    const chartPages = pages.filter((page) => page.hasChart);
    expect(
      chartPages.map((page) => page.type),
      'indicator pages show an <indicator-chart>',
    ).toContain('indicator');
    for (const page of chartPages) {
      expect(page.entries.length, `${page.page} has a chart but loads no script`).toBeGreaterThan(0);
      const others = page.entries.filter((entry) => !isChartEntry(page, entry)).map((entry) => entry.file);
      expect(others, `${page.page} loads scripts besides the chart island`).toEqual([]);
    }
  });

  it(`keeps the chart island, chart.js included, under ${kb(LIMITS.chartIslandJs)} gzip on every chart page`, () => {
    const chartPages = pages.filter((page) => page.hasChart);
    expect(chartPages.length).toBeGreaterThan(0);
    const heavy = chartPages
      .filter((page) => sumGzip(js(page.assets)) >= LIMITS.chartIslandJs)
      .map((page) => `${page.page}: ${kb(sumGzip(js(page.assets)))}`);
    expect(heavy).toEqual([]);
  });

  it(`keeps the search page's JavaScript under ${kb(LIMITS.searchJs)} gzip`, async () => {
    const search = pages.find((page) => page.type === 'search');
    expect(search, 'dist/search/index.html is missing').toBeDefined();
    const scripts = js(search!.assets).filter((asset) => !isConverterChunk(asset));
    // The island starts the search worker, found through `new URL(…, import.meta.url)`.
    expect(
      scripts.map((asset) => asset.file),
      'the search worker is not counted',
    ).toContainEqual(expect.stringMatching(/search-worker/));
    // The worker imports Pagefind's loader by an address computed at run time (the file is
    // written by the build after Vite bundles), so no import statement names it: add it here.
    const pagefindLoader = gzipSync(await readFile(path.join(DIST_DIR, 'pagefind/pagefind.js')), {
      level: GZIP_LEVEL,
    }).length;
    expect(sumGzip(scripts) + pagefindLoader).toBeLessThan(LIMITS.searchJs);
  });

  it(`keeps the Traditional → Simplified converter, loaded only for Traditional queries, under ${kb(LIMITS.traditionalJs)} gzip`, () => {
    const search = pages.find((page) => page.type === 'search');
    const converter = js(search!.assets).filter(isConverterChunk);
    expect(converter, 'the worker no longer imports src/lib/search/simplify.ts on demand').toHaveLength(1);
    expect(sumGzip(converter)).toBeLessThan(LIMITS.traditionalJs);
  });

  it(`keeps every page's stylesheets under ${kb(LIMITS.css)} gzip`, () => {
    const heavy = pages
      .filter((page) => sumGzip(page.assets, 'css') >= LIMITS.css)
      .map((page) => `${page.page}: ${kb(sumGzip(page.assets, 'css'))}`);
    expect(heavy).toEqual([]);
  });

  it(`keeps speech pages under ${kb(LIMITS.pageWeight.speech)} and other pages under ${kb(LIMITS.pageWeight.other)} in all`, () => {
    const heavy = pages
      .filter(
        (page) => sumGzip(page.assets) >= (page.type === 'speech' ? LIMITS.pageWeight.speech : LIMITS.pageWeight.other),
      )
      .map((page) => `${page.page}: ${kb(sumGzip(page.assets))}`);
    expect(heavy).toEqual([]);
  });
});
