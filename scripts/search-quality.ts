/**
 * Search quality harness: `npm run test:search` (after `npm run build`).
 *
 * Serves the built site, drives the real search page in Chromium with policy-term queries, and
 * compares the speeches listed with the speeches whose text contains the query verbatim (after
 * NFKC; a figure must not be part of a longer number: 3% is not in 93%). Reports precision, recall,
 * misranked queries, time to results and bytes fetched for the first query, then does the same
 * with stock Pagefind (its zh-CN segmentation, default JS API) on the same pages for comparison.
 * Exits non-zero if precision < 0.95, recall < 1 or any query is misranked.
 *
 *   npm run test:search [-- --dist dist] [-- --no-stock] [-- --json out.json]
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser } from 'playwright-core';
import { normalizeForSearch } from '../src/lib/search/normalize';
import { findVerbatim } from '../src/lib/search/results';
import { speechPath } from '../src/lib/pages/urls';
import { summarizeQuality, type QueryOutcome, type QualitySummary } from '../src/lib/search/quality';
import { serveStatic, type StaticServer } from './bench/serve-static';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './lib/chromium';

/** Policy terms readers search for, figures as written, full-width forms, and absent terms. */
export const QUERIES = [
  '综保区',
  '专精特新',
  '高新技术企业',
  '风口产业',
  '三个一批',
  '营商环境',
  '技术合同成交额',
  '万人助万企',
  '放管服',
  '瞪羚企业',
  '自贸区',
  '小巨人',
  '隐形冠军',
  '招商引资',
  '链长制',
  '亩均',
  '产业链',
  '一带一路',
  '新型研发机构',
  '跨境电商',
  '开放招商',
  '项目建设',
  '技术企业',
  '综保区 自贸区',
  '600亿元',
  '170.5亿元',
  '93%',
  '１５％',
  '３％',
  'ＧＤＰ',
  'RCEP',
  '5G',
  '５Ｇ',
  '5G+互联网',
  '2A+',
  'P3',
  'C919',
  '999亿元',
  '首席服务官',
];

const TARGET_PRECISION = 0.95;

interface RunReport {
  summary: QualitySummary;
  /** Milliseconds from submitting each query to its results being on screen. */
  timesMs: number[];
  firstQuery: { query: string; bytes: number; requests: number; ms: number };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      dist: { type: 'string', default: 'dist' },
      'no-stock': { type: 'boolean', default: false },
      json: { type: 'string' },
      chromium: { type: 'string', default: CHROMIUM_PATH },
    },
  });
  const dist = values.dist;
  if (!existsSync(join(dist, 'search-manifest.json')))
    throw new Error(`${dist} has no search index: run npm run build first`);
  const pages = readSpeechTexts(dist);
  const relevantFor = (query: string) => {
    const parts = normalizeForSearch(query).split(/\s+/).filter(Boolean);
    return new Set(
      [...pages].filter(([, text]) => parts.every((part) => findVerbatim(text, part).length > 0)).map(([url]) => url),
    );
  };

  let stockDir: string | undefined;
  const mounts: Record<string, string> = {};
  if (!values['no-stock']) {
    stockDir = mkdtempSync(join(tmpdir(), 'jianbao-stock-'));
    // Stock Pagefind on the very same pages: its own zh-CN segmentation, no preparation of ours.
    execFileSync('npx', ['pagefind', '--site', dist, '--output-path', join(stockDir, 'pagefind'), '--quiet'], {
      stdio: 'inherit',
    });
    mounts['/pagefind-stock/'] = join(stockDir, 'pagefind');
  }
  const server = await serveStatic(dist, mounts);
  const browser = await chromium.launch({ executablePath: values.chromium, args: [...CHROMIUM_ARGS] });
  try {
    const ours = await runOurs(browser, server, relevantFor);
    printReport('Jianbao search (this site)', ours);
    const stock = stockDir ? await runStock(browser, server, relevantFor) : undefined;
    if (stock) printReport('Stock Pagefind 1.6.0 (zh-CN, default API)', stock);
    if (values.json) writeFileSync(values.json, JSON.stringify({ ours, stock }, replacer, 2));
    const failures: string[] = [];
    if (ours.summary.precision < TARGET_PRECISION)
      failures.push(`precision ${ours.summary.precision.toFixed(3)} < ${TARGET_PRECISION}`);
    if (ours.summary.recall < 1) failures.push(`recall ${ours.summary.recall.toFixed(3)} < 1`);
    if (ours.summary.misranked.length > 0) failures.push(`misranked: ${ours.summary.misranked.join('、')}`);
    if (failures.length > 0) {
      console.error(`\n✖ search quality below target: ${failures.join('; ')}`);
      process.exitCode = 1;
    } else console.log('\n✓ search quality meets its targets');
  } finally {
    await browser.close();
    await server.close();
    if (stockDir) rmSync(stockDir, { recursive: true, force: true });
  }
}

/** The text of every speech page: title, headings and paragraphs, as a reader sees them. */
function readSpeechTexts(dist: string): Map<string, string> {
  const pages = new Map<string, string>();
  const dir = join(dist, 'speeches');
  for (const slug of readdirSync(dir)) {
    const file = join(dir, slug, 'index.html');
    if (!existsSync(file)) continue;
    const html = readFileSync(file, 'utf8');
    if (!html.includes('data-pagefind-body')) continue;
    const pieces = [
      ...html.matchAll(/<(h1|h[2-4]|p)\b[^>]*\bid="(?:speech-title|[hp]-\d+)"[^>]*>([\s\S]*?)<\/\1>/g),
    ].map((m) => m[2]!);
    pages.set(speechPath(slug), normalizeForSearch(pieces.map(htmlToText).join('\n')));
  }
  return pages;
}

function htmlToText(html: string): string {
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([\da-f]+);/gi, (_, code: string) => String.fromCodePoint(parseInt(code, 16)))
    .replace(/&amp;/g, '&');
}

async function runOurs(
  browser: Browser,
  server: StaticServer,
  relevantFor: (q: string) => Set<string>,
): Promise<RunReport> {
  const page = await browser.newPage();
  const outcomes: QueryOutcome[] = [];
  const timesMs: number[] = [];
  // First query from a cold page: what a reader arriving from the header box pays.
  const first = QUERIES[0]!;
  const started = Date.now();
  server.resetServed();
  await page.goto(`${server.origin}/search/?q=${encodeURIComponent(first)}`);
  await page.waitForSelector('site-search[data-state="done"], site-search[data-state="error"]');
  if ((await page.getAttribute('site-search', 'data-state')) === 'error') {
    throw new Error(`search page failed: ${await page.textContent('.search-status')}`);
  }
  const coldMs = Date.now() - started;
  // Counted by the server: Pagefind fetches from a web worker, which page timing entries miss.
  const { bytes, requests } = server.served();
  for (const query of QUERIES) {
    await page.evaluate(() => document.querySelector('site-search')!.removeAttribute('data-state'));
    await page.fill('#search-q', query);
    await page.press('#search-q', 'Enter');
    await page.waitForSelector('site-search[data-state="done"]');
    timesMs.push(Number(await page.getAttribute('site-search', 'data-search-ms')));
    // Every page of results, so that recall counts what a reader could reach.
    while (await page.isVisible('.search-more')) {
      const count = await page.locator('.search-result').count();
      await page.click('.search-more');
      await page.waitForFunction(
        (n) =>
          document.querySelectorAll('.search-result').length > n ||
          !document.querySelector<HTMLElement>('.search-more')!.offsetParent,
        count,
      );
    }
    const shown = await page.$$eval('.search-result h2 a', (links) =>
      links.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
    );
    outcomes.push({ query, shown, relevant: relevantFor(query) });
  }
  await page.close();
  return { summary: summarizeQuality(outcomes), timesMs, firstQuery: { query: first, ms: coldMs, bytes, requests } };
}

async function runStock(
  browser: Browser,
  server: StaticServer,
  relevantFor: (q: string) => Set<string>,
): Promise<RunReport> {
  const page = await browser.newPage();
  const speech = [...relevantFor('营商环境')][0] ?? '/';
  await page.goto(`${server.origin}${speech}`);
  server.resetServed();
  const outcomes: QueryOutcome[] = [];
  const timesMs: number[] = [];
  let firstQuery: RunReport['firstQuery'] | undefined;
  for (const query of QUERIES) {
    const { urls, ms } = await page.evaluate(async (q) => {
      const started = performance.now();
      const url: string = '/pagefind-stock/pagefind.js';
      const pagefind = (await import(url)) as {
        search(term: string): Promise<{ results: { data(): Promise<{ url: string }> }[] }>;
      };
      const search = await pagefind.search(q);
      const data = await Promise.all(search.results.map((r) => r.data()));
      return { urls: data.map((d) => d.url), ms: performance.now() - started };
    }, query);
    if (!firstQuery) firstQuery = { query, ms: Math.round(ms), ...server.served() };
    timesMs.push(Math.round(ms));
    outcomes.push({ query, shown: urls, relevant: relevantFor(query) });
  }
  await page.close();
  return { summary: summarizeQuality(outcomes), timesMs, firstQuery: firstQuery! };
}

function printReport(title: string, report: RunReport): void {
  const { summary } = report;
  console.log(`\n## ${title}\n`);
  console.log('| query | shown | relevant | relevant shown | misranked | ms |');
  console.log('|---|---:|---:|---:|---|---:|');
  for (const [i, q] of summary.queries.entries()) {
    console.log(
      `| ${q.query} | ${q.shown} | ${q.relevant} | ${q.relevantShown} | ${q.misranked ? 'yes' : ''} | ${report.timesMs[i]} |`,
    );
  }
  const sorted = [...report.timesMs].sort((a, b) => a - b);
  console.log(
    `\nprecision ${summary.precision.toFixed(3)} · recall ${summary.recall.toFixed(3)} · misranked ${summary.misranked.length}` +
      (summary.misranked.length ? ` (${summary.misranked.join('、')})` : '') +
      ` · time to results median ${sorted[Math.floor(sorted.length / 2)]} ms, max ${sorted.at(-1)} ms` +
      ` · first query “${report.firstQuery.query}”: ${(report.firstQuery.bytes / 1024).toFixed(1)} KB in ${report.firstQuery.requests} requests, ${report.firstQuery.ms} ms cold`,
  );
}

function replacer(_key: string, value: unknown): unknown {
  return value instanceof Set ? [...value] : value;
}

await main();
