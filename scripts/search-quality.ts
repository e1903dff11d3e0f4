/**
 * Search quality harness: `npm run test:search` (after `npm run build`).
 *
 * Serves the built site, drives the real search page in Chromium with policy-term queries, and
 * compares the speeches listed with the speeches whose text contains the query verbatim (after
 * NFKC; a figure must not be part of a longer number: 3% is not in 93%). Reports precision, recall,
 * misranked queries, time to results and bytes fetched for the first query, then does the same
 * with stock Pagefind (its zh-CN segmentation, default JS API) on the same pages for comparison.
 * Exits non-zero if precision or recall is below 1, any query is misranked, or a 同时检索了 line
 * lists other forms than its case expects.
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

/**
 * One query and what counts as a right answer. By default a page is relevant when it contains
 * every space-separated part of the query verbatim (after NFKC; a figure or a word of letters and
 * digits not inside a longer one: 3% is not in 93%, 5G not in 45G). A case can say instead which
 * forms of each part count (`parts`: a short name or its full name, the Simplified form of a
 * Traditional query), which pages must come first (`first`: those holding what was typed), and
 * which forms the page must say it also searched (`also`, the 同时检索了 line).
 */
interface QueryCase {
  query: string;
  /** Per part, the forms any of which makes a page hold that part. */
  parts?: string[][];
  /** Per part, the forms that rank first (default: the part as typed, when `parts` is given). */
  first?: string[][];
  /** The forms the page must list under 同时检索了, in order (default: none). */
  also?: string[];
}

const ZONE = ['综保区', '综合保税区'];
const FREE_TRADE = ['自贸区', '自由贸易试验区', '自贸试验区'];

/** Policy terms readers search for, figures as written, full-width forms, and absent terms. */
export const CASES: QueryCase[] = [
  { query: '综保区', parts: [ZONE], also: ['综合保税区'] },
  { query: '专精特新' },
  { query: '高新技术企业', parts: [['高新技术企业', '高企']], also: ['高企'] },
  { query: '风口产业' },
  { query: '三个一批' },
  { query: '营商环境' },
  { query: '技术合同成交额' },
  { query: '万人助万企' },
  { query: '放管服' },
  { query: '瞪羚企业' },
  { query: '自贸区', parts: [FREE_TRADE], also: ['自由贸易试验区', '自贸试验区'] },
  { query: '小巨人' },
  { query: '隐形冠军' },
  { query: '招商引资' },
  { query: '链长制' },
  { query: '亩均' },
  { query: '产业链' },
  { query: '一带一路' },
  { query: '新型研发机构' },
  { query: '跨境电商', parts: [['跨境电商', '跨境电子商务']], also: ['跨境电子商务'] },
  { query: '开放招商' },
  { query: '项目建设' },
  { query: '技术企业' },
  {
    query: '综保区 自贸区',
    parts: [ZONE, FREE_TRADE],
    also: ['综合保税区', '自由贸易试验区', '自贸试验区'],
  },
  { query: '600亿元' },
  { query: '170.5亿元' },
  { query: '93%' },
  { query: '１５％' },
  { query: '３％' },
  { query: 'ＧＤＰ' },
  { query: 'RCEP' },
  { query: '999亿元' },
  { query: '首席服务官' },
  // Letters and digits written together: one word, as a reader types it.
  { query: '5G' },
  { query: '５Ｇ' },
  { query: '5G+互联网' },
  { query: '2A+' },
  { query: 'P3' },
  { query: 'C919' },
  // Traditional characters: the page holds the Simplified form (or, for a Traditional page, the typed one).
  { query: '營商環境', parts: [['營商環境', '营商环境']], also: ['营商环境'] },
  { query: '創新驅動', parts: [['創新驅動', '创新驱动']], also: ['创新驱动'] },
  { query: '項目建設', parts: [['項目建設', '项目建设']], also: ['项目建设'] },
  { query: '綜保區', parts: [['綜保區', ...ZONE]], also: ['综保区', '综合保税区'] },
  // Short names and full names; a quoted query searches the form typed only.
  { query: '规上', parts: [['规上', '规模以上']], also: ['规模以上'] },
  { query: '规模以上', parts: [['规模以上', '规上']], also: ['规上'] },
  { query: '"规上"' },
  { query: '高企', parts: [['高企', '高新技术企业']], also: ['高新技术企业'] },
  { query: '规上工业增加值', parts: [['规上工业增加值', '规模以上工业增加值']], also: ['规模以上工业增加值'] },
  { query: '小巨人企业', parts: [['小巨人企业', '专精特新“小巨人”']], also: ['专精特新“小巨人”'] },
  // Figures typed another way: the same value in another unit or in words (the seeds write 1.4万人, 近3万人, 5%).
  { query: '14000人', parts: [['1.4万人', '14000人']], first: [['14000人']] },
  { query: '1.4万人', parts: [['1.4万人', '14000人']] },
  { query: '30000人', parts: [['3万人', '30000人']], first: [['30000人']] },
  { query: '百分之五', parts: [['百分之五', '5%']], first: [['百分之五']] },
  { query: '5%', parts: [['5%', '百分之五']] },
  { query: '"1.4万人"' },
];

const TARGET_PRECISION = 1;

/** Which pages are relevant to a case, and which of them must come first. */
interface Judgement {
  relevant: Set<string>;
  preferred?: Set<string>;
}

interface RunReport {
  summary: QualitySummary;
  /** Cases whose 同时检索了 line did not list the expected forms. */
  notices: string[];
  /** Milliseconds from submitting each query to its results being on screen. */
  timesMs: number[];
  /** `bytes` as this server sent them (uncompressed); `gzipBytes` as a gzipping host (deploy/nginx.conf) would. */
  firstQuery: { query: string; bytes: number; gzipBytes?: number; requests: number; ms: number };
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
  const pagesHolding = (parts: readonly (readonly string[])[]) =>
    new Set(
      [...pages]
        .filter(([, text]) => parts.every((forms) => forms.some((form) => findVerbatim(text, form).length > 0)))
        .map(([url]) => url),
    );
  const judge = (entry: QueryCase): Judgement => {
    const typed = normalizeForSearch(entry.query)
      .replace(/["“”'‘’「」『』]/g, ' ')
      .split(/\s+/)
      .filter(Boolean);
    const parts = entry.parts ?? typed.map((part) => [part]);
    return {
      relevant: pagesHolding(parts),
      ...(entry.parts ? { preferred: pagesHolding(entry.first ?? parts.map((forms) => forms.slice(0, 1))) } : {}),
    };
  };

  let stockDir: string | undefined;
  const mounts: Record<string, string> = {};
  if (!values['no-stock']) {
    stockDir = mkdtempSync(join(tmpdir(), 'jianbao-stock-'));
    // Stock Pagefind on the very same speech pages: its own zh-CN segmentation, no preparation of
    // ours. Only the speech pages, as a site would mark them with data-pagefind-body: ours carry no
    // Pagefind markup (the index is made from the source), so stock would otherwise also index every
    // theme, list and target page and lose its precision to them, not to its segmentation.
    execFileSync(
      'npx',
      [
        'pagefind',
        '--site',
        dist,
        '--glob',
        'speeches/*/index.html',
        '--output-path',
        join(stockDir, 'pagefind'),
        '--quiet',
      ],
      { stdio: 'inherit' },
    );
    mounts['/pagefind-stock/'] = join(stockDir, 'pagefind');
  }
  const server = await serveStatic(dist, mounts);
  const browser = await chromium.launch({ executablePath: values.chromium, args: [...CHROMIUM_ARGS] });
  try {
    const ours = await runOurs(browser, server, judge);
    printReport('Jianbao search (this site)', ours);
    const stock = stockDir ? await runStock(browser, server, judge) : undefined;
    if (stock) printReport('Stock Pagefind 1.6.0 (zh-CN, default API)', stock);
    if (values.json) writeFileSync(values.json, JSON.stringify({ ours, stock }, replacer, 2));
    const failures: string[] = [];
    if (ours.summary.precision < TARGET_PRECISION)
      failures.push(`precision ${ours.summary.precision.toFixed(3)} < ${TARGET_PRECISION}`);
    if (ours.summary.recall < 1) failures.push(`recall ${ours.summary.recall.toFixed(3)} < 1`);
    if (ours.summary.misranked.length > 0) failures.push(`misranked: ${ours.summary.misranked.join('、')}`);
    for (const wrong of ours.notices) failures.push(wrong);
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
    if (!html.includes('class="speech-body"')) continue;
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
  judge: (entry: QueryCase) => Judgement,
): Promise<RunReport> {
  const page = await browser.newPage();
  const outcomes: QueryOutcome[] = [];
  const timesMs: number[] = [];
  const notices: string[] = [];
  // First query from a cold page: what a reader arriving from the header box pays.
  const first = CASES[0]!.query;
  const started = Date.now();
  server.resetServed();
  await page.goto(`${server.origin}/search/?q=${encodeURIComponent(first)}`);
  await page.waitForSelector('site-search[data-state="done"], site-search[data-state="error"]');
  if ((await page.getAttribute('site-search', 'data-state')) === 'error') {
    throw new Error(`search page failed: ${await page.textContent('.search-status')}`);
  }
  const coldMs = Date.now() - started;
  // Counted by the server: Pagefind fetches from a web worker, which page timing entries miss.
  const { bytes, requests, transferred: gzipBytes } = server.served();
  for (const entry of CASES) {
    const { query } = entry;
    await page.evaluate(() => document.querySelector('site-search')!.removeAttribute('data-state'));
    await page.fill('#search-q', query);
    await page.press('#search-q', 'Enter');
    await page.waitForSelector('site-search[data-state="done"]');
    timesMs.push(Number(await page.getAttribute('site-search', 'data-search-ms')));
    // Absent on a build from before the notice existed (to measure an older dist/ for comparison).
    const notice = (await page.$('.search-also'))
      ? await page.$eval('.search-also', (element) => ((element as HTMLElement).hidden ? '' : element.textContent))
      : '';
    const listed = /同时检索了：([^（]*)/.exec(notice)?.[1]?.split('、') ?? [];
    if (listed.join('、') !== (entry.also ?? []).join('、')) {
      notices.push(`${query}: 同时检索了 lists [${listed.join('、')}], expected [${(entry.also ?? []).join('、')}]`);
    }
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
    outcomes.push({ query, shown, ...judge(entry) });
  }
  await page.close();
  return {
    summary: summarizeQuality(outcomes),
    notices,
    timesMs,
    firstQuery: { query: first, ms: coldMs, bytes, gzipBytes, requests },
  };
}

async function runStock(
  browser: Browser,
  server: StaticServer,
  judge: (entry: QueryCase) => Judgement,
): Promise<RunReport> {
  const page = await browser.newPage();
  const speech = [...judge({ query: '营商环境' }).relevant][0] ?? '/';
  await page.goto(`${server.origin}${speech}`);
  server.resetServed();
  const outcomes: QueryOutcome[] = [];
  const timesMs: number[] = [];
  let firstQuery: RunReport['firstQuery'] | undefined;
  for (const entry of CASES) {
    const { query } = entry;
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
    outcomes.push({ query, shown: urls, ...judge(entry) });
  }
  await page.close();
  return { summary: summarizeQuality(outcomes), notices: [], timesMs, firstQuery: firstQuery! };
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
      ` · first query “${report.firstQuery.query}”: ${(report.firstQuery.bytes / 1024).toFixed(1)} KB` +
      (report.firstQuery.gzipBytes === undefined
        ? ''
        : ` (${(report.firstQuery.gzipBytes / 1024).toFixed(1)} KB from a gzipping host)`) +
      ` in ${report.firstQuery.requests} requests, ${report.firstQuery.ms} ms cold`,
  );
}

function replacer(_key: string, value: unknown): unknown {
  return value instanceof Set ? [...value] : value;
}

await main();
