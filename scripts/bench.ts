/**
 * Build benchmark: `npm run bench -- --speeches 1000`.
 *
 * Generates N synthetic speeches from the real seeds (scripts/bench/generate-speeches.ts), builds
 * the whole site from them in a private copy of the project under .bench/ (so the working tree's
 * caches and dist/ are never touched), and reports wall time, peak RSS of the whole process tree,
 * output and index sizes, the per-stage split, a first search in Chromium, the speech-page size
 * goal, and stock Pagefind (zh-CN) on the same output for comparison. Results are printed as a
 * Markdown table row and appended to .bench/results.jsonl.
 *
 * Then it adds one speech (sorted into the middle of the archive, as an older speech found later
 * would be) and builds again with the previous build's caches on disk: the staff rebuild.
 *
 * Options: --speeches N (required) · --archive seeded|mixed (the kind of generated archive,
 * scripts/bench/generate-speeches.ts; default seeded) · --stock / --no-stock (default: stock only
 * up to 5,000 speeches, where it still fits in memory) · --no-rebuild · --query 营商环境 (first search).
 *
 * `--index-only`: the search side alone, cheap enough for 10,000 speeches on a shared machine. Builds
 * the whole site from the first SITE_SPEECHES speeches only (for the search page and its scripts),
 * then runs the search index worker by itself on all N speeches (no Astro pages: both cores index
 * at once, as after the pages in a full build), puts that index into the small site and measures
 * the first search against it. Reports the index's CPU seconds, peak memory, size and shards, and
 * the first search (desktop and phone); only the search page's filter totals are those of the
 * small site (a few bytes). `--shard-pages N` sets the shard target (else JIANBAO_SEARCH_SHARD_PAGES),
 * `--chunk-locations N[,M…]` Pagefind's index chunk sizes to index and measure in turn (else
 * INDEX_CHUNK_LOCATIONS), `--query a[,b…]` the first searches.
 */
import { execFileSync } from 'node:child_process';
import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
} from 'node:fs';
import { cpus, freemem, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ARCHIVE_KINDS, generateSpeeches, type ArchiveKind } from './bench/generate-speeches';
import { measureFirstSearch, type FirstSearch } from './bench/first-search';
import { runMeasured, type MeasuredRun } from './bench/run-measured';
import { INDEX_CHUNK_LOCATIONS, isShardPath } from '../src/integrations/search-index-config';
import { settings } from '../src/settings';

const ROOT = process.cwd();
const BENCH = join(ROOT, '.bench');
// Above this many pages stock Pagefind needs more memory than these machines have (≈3.3 GB per
// 1,000 pages measured; docs/benchmarks.md), so it is skipped unless --stock is given.
const STOCK_DEFAULT_MAX = 5000;
const PROJECT_FILES = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public', 'content'];
// --index-only: the speeches of the small site whose search page the measured index is put into.
const SITE_SPEECHES = 20;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      speeches: { type: 'string' },
      stock: { type: 'boolean' },
      'no-stock': { type: 'boolean' },
      'no-rebuild': { type: 'boolean' },
      archive: { type: 'string', default: 'seeded' },
      query: { type: 'string', default: '营商环境' },
      'index-only': { type: 'boolean' },
      'shard-pages': { type: 'string' },
      'chunk-locations': { type: 'string' },
    },
  });
  const count = Number(values.speeches);
  if (!Number.isInteger(count) || count < 1) throw new Error('usage: npm run bench -- --speeches N');
  if (values['index-only']) {
    const shardPages = values['shard-pages'] === undefined ? settings.searchShardPages : Number(values['shard-pages']);
    if (!Number.isInteger(shardPages) || shardPages < 1) throw new Error('--shard-pages must be a positive integer');
    const archive = values.archive as ArchiveKind;
    if (!ARCHIVE_KINDS.includes(archive)) throw new Error(`--archive must be one of ${ARCHIVE_KINDS.join(', ')}`);
    const chunkSizes = (values['chunk-locations'] ?? String(INDEX_CHUNK_LOCATIONS)).split(',').map(Number);
    if (!chunkSizes.every((size) => Number.isInteger(size) && size > 0))
      throw new Error('--chunk-locations must be positive integers, e.g. 20000,5000');
    await benchIndexOnly(count, archive, values.query.split(','), shardPages, chunkSizes);
    return;
  }
  const runStock = values['no-stock'] ? false : (values.stock ?? count <= STOCK_DEFAULT_MAX);
  const archive = values.archive as ArchiveKind;
  if (!ARCHIVE_KINDS.includes(archive)) throw new Error(`--archive must be one of ${ARCHIVE_KINDS.join(', ')}`);
  const loadBefore = loadavg().map((l) => +l.toFixed(2));

  const site = prepareSite();
  const contentDir = join(BENCH, `content-${count}`);
  const outDir = join(BENCH, `dist-${count}`);
  console.log(`generating ${count} speeches (${archive})…`);
  const markdownBytes = generateSpeeches(join(ROOT, 'content'), contentDir, count, archive);
  rmSync(outDir, { recursive: true, force: true });
  rmSync(join(site, 'node_modules', '.astro'), { recursive: true, force: true });

  console.log('building…');
  const buildSite = () =>
    runMeasured(join(site, 'node_modules', '.bin', 'astro'), ['build', '--outDir', outDir], {
      cwd: site,
      env: { ...process.env, JIANBAO_CONTENT_DIR: contentDir, ASTRO_TELEMETRY_DISABLED: '1' },
      // The build's own progress lines and summary, so a long run can be followed.
      onLine: (text) => /用时 (elapsed|time)/.test(text) && console.log(`  ${text}`),
    });
  const build = await buildSite();
  if (build.code !== 0) {
    console.error(
      build.lines
        .slice(-40)
        .map((line) => line.text)
        .join('\n'),
    );
    throw new Error(`build failed with exit code ${build.code}`);
  }
  const stages = splitStages(build);
  const sizes = measureSizes(outDir);
  const pageGoal = measureSpeechPages(outDir);
  console.log(
    `built in ${build.seconds.toFixed(1)} s, peak ${(build.peakRssBytes / 1e9).toFixed(2)} GB; first search in Chromium…`,
  );
  const firstSearch = await firstSearches(outDir, values.query);

  let stock: { seconds: number; cpuSeconds: number; peakRssBytes: number; indexBytes: number } | { skipped: string } = {
    skipped: values['no-stock']
      ? 'not run (--no-stock)'
      : `not run: ${count} speeches × ≈3.3 GB per 1,000 exceeds this machine's memory (use --stock to force)`,
  };
  if (runStock) {
    console.log('stock Pagefind (zh-CN) on the same output…');
    const stockOut = join(BENCH, `stock-${count}`);
    rmSync(stockOut, { recursive: true, force: true });
    const run = await runMeasured(
      join(site, 'node_modules', '.bin', 'pagefind'),
      ['--site', outDir, '--output-path', stockOut],
      { cwd: site },
    );
    if (run.code !== 0)
      throw new Error(
        `stock Pagefind failed: ${run.lines
          .slice(-5)
          .map((l) => l.text)
          .join(' ')}`,
      );
    stock = {
      seconds: run.seconds,
      cpuSeconds: Object.values(run.usage.cpuSecondsByRole).reduce((sum, value) => sum + value, 0),
      peakRssBytes: run.peakRssBytes,
      indexBytes: du(stockOut),
    };
    rmSync(stockOut, { recursive: true, force: true });
  }

  let rebuild: Record<string, unknown> = { skipped: 'not run (--no-rebuild)' };
  if (!values['no-rebuild']) {
    console.log('adding one speech and building again (staff rebuild)…');
    const extra = join(BENCH, `content-${count + 1}`);
    generateSpeeches(join(ROOT, 'content'), extra, count + 1, archive);
    const middle = `bench-${String(Math.ceil(count / 2)).padStart(5, '0')}-added.md`;
    cpSync(
      join(extra, 'speeches', `bench-${String(count + 1).padStart(5, '0')}.md`),
      join(contentDir, 'speeches', middle),
    );
    rmSync(extra, { recursive: true, force: true });
    const run = await buildSite();
    if (run.code !== 0) throw new Error(`rebuild failed with exit code ${run.code}`);
    rebuild = {
      added: middle,
      wallSeconds: +run.seconds.toFixed(1),
      cpuSeconds: +Object.values(run.usage.cpuSecondsByRole)
        .reduce((sum, value) => sum + value, 0)
        .toFixed(1),
      peakRssGB: +(run.peakRssBytes / 1e9).toFixed(2),
      cpuSecondsByRole: roundValues(run.usage.cpuSecondsByRole, 1),
      ...indexShards(run),
      stages: splitStages(run),
    };
  }

  const result = {
    date: new Date().toISOString(),
    machine: {
      cpus: cpus().length,
      memoryGB: +(totalmem() / 2 ** 30).toFixed(1),
      freeGB: +(freemem() / 2 ** 30).toFixed(1),
      loadBefore,
      loadAfter: loadavg().map((l) => +l.toFixed(2)),
    },
    archive,
    speeches: count,
    markdownMB: +(markdownBytes / 1e6).toFixed(1),
    wallSeconds: +build.seconds.toFixed(1),
    cpuSeconds: +Object.values(build.usage.cpuSecondsByRole)
      .reduce((sum, value) => sum + value, 0)
      .toFixed(1),
    peakRssGB: +(build.peakRssBytes / 1e9).toFixed(2),
    cpuSecondsByRole: roundValues(build.usage.cpuSecondsByRole, 1),
    peakRssGBByRole: roundValues(build.usage.peakRssBytesByRole, 2, 1e9),
    stages,
    ...indexShards(build),
    sizes,
    pageGoal,
    firstSearch,
    stock:
      'skipped' in stock
        ? stock
        : {
            seconds: +stock.seconds.toFixed(1),
            cpuSeconds: +stock.cpuSeconds.toFixed(1),
            peakRssGB: +(stock.peakRssBytes / 1e9).toFixed(2),
            indexMB: +(stock.indexBytes / 1e6).toFixed(1),
          },
    rebuild,
  };
  mkdirSync(BENCH, { recursive: true });
  appendFileSync(join(BENCH, 'results.jsonl'), `${JSON.stringify(result)}\n`);
  console.log(JSON.stringify(result, null, 2));
  rmSync(contentDir, { recursive: true, force: true });
}

/** The first search on a desktop (the goal's figure) and on a phone (filter lists folded away). */
async function firstSearches(
  dist: string,
  query: string,
): Promise<Record<'desktop' | 'phone', FirstSearch | { error: string }>> {
  const measure = (viewport: 'desktop' | 'phone') =>
    measureFirstSearch(dist, query, { viewport }).catch((error: unknown) => ({
      error: error instanceof Error ? error.message : String(error),
    }));
  return { desktop: await measure('desktop'), phone: await measure('phone') };
}

/** `--index-only`: see the module comment. Each chunk size is indexed and measured in turn. */
async function benchIndexOnly(
  count: number,
  archive: ArchiveKind,
  queries: readonly string[],
  shardPages: number,
  chunkSizes: readonly number[],
): Promise<void> {
  const site = prepareSite();
  const siteContent = join(BENCH, `content-site-${SITE_SPEECHES}`);
  const contentDir = join(BENCH, `content-${count}`);
  const outDir = join(BENCH, `dist-index-${count}`);
  const indexDir = join(BENCH, `index-${count}`);
  const cacheDir = join(BENCH, `index-cache-${count}`);
  console.log(`building the search page from ${SITE_SPEECHES} speeches…`);
  generateSpeeches(join(ROOT, 'content'), siteContent, SITE_SPEECHES, archive);
  rmSync(outDir, { recursive: true, force: true });
  const small = await runMeasured(join(site, 'node_modules', '.bin', 'astro'), ['build', '--outDir', outDir], {
    cwd: site,
    env: { ...process.env, JIANBAO_CONTENT_DIR: siteContent, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (small.code !== 0) throw new Error(`small site build failed: ${lastLines(small)}`);
  rmSync(siteContent, { recursive: true, force: true });
  const markdownBytes = generateSpeeches(join(ROOT, 'content'), contentDir, count, archive);
  const worker = join(ROOT, 'src', 'integrations', 'search-index-worker.ts');

  for (const chunkLocations of chunkSizes) {
    console.log(
      `indexing ${count} speeches (${archive}) alone: shard target ${shardPages}, chunks of ${chunkLocations}…`,
    );
    const loadBefore = loadavg().map((l) => +l.toFixed(2));
    // A fresh cache, so that every shard is indexed and the CPU seconds are those of indexing.
    for (const dir of [indexDir, cacheDir]) rmSync(dir, { recursive: true, force: true });
    const parallel = String(settings.searchParallel);
    const index = await runMeasured(
      process.execPath,
      ['--import', 'tsx', worker, contentDir, indexDir, cacheDir, String(shardPages), parallel, 'published'].concat(
        String(chunkLocations),
      ),
      // No Astro here: the worker may index `parallel` shards at once from the start.
      { cwd: ROOT, env: {}, input: 'pages-rendered\n' },
    );
    if (index.code !== 0) throw new Error(`indexing failed: ${lastLines(index)}`);
    for (const name of readdirSync(outDir)) if (isShardPath(name)) rmSync(join(outDir, name), { recursive: true });
    for (const name of readdirSync(indexDir)) {
      if (name === 'index-report.json') continue;
      rmSync(join(outDir, name), { recursive: true, force: true });
      cpSync(join(indexDir, name), join(outDir, name), { recursive: true });
    }
    const indexBytes = readdirSync(outDir)
      .filter(isShardPath)
      .reduce((sum, name) => sum + du(join(outDir, name)), 0);
    const firstSearch: Record<string, Awaited<ReturnType<typeof firstSearches>>> = {};
    for (const query of queries) firstSearch[query] = await firstSearches(outDir, query);
    const result = {
      date: new Date().toISOString(),
      mode: 'index-only',
      machine: { cpus: cpus().length, loadBefore, loadAfter: loadavg().map((l) => +l.toFixed(2)) },
      archive,
      speeches: count,
      shardPages,
      chunkLocations,
      markdownMB: +(markdownBytes / 1e6).toFixed(1),
      index: {
        wallSeconds: +index.seconds.toFixed(1),
        cpuSeconds: +Object.values(index.usage.cpuSecondsByRole)
          .reduce((sum, value) => sum + value, 0)
          .toFixed(1),
        cpuSecondsByRole: roundValues(index.usage.cpuSecondsByRole, 1),
        peakRssGB: +(index.peakRssBytes / 1e9).toFixed(2),
        peakRssGBByRole: roundValues(index.usage.peakRssBytesByRole, 2, 1e9),
        ...indexShards(index),
        searchIndexMB: +(indexBytes / 1e6).toFixed(1),
      },
      firstSearch,
    };
    mkdirSync(BENCH, { recursive: true });
    appendFileSync(join(BENCH, 'results.jsonl'), `${JSON.stringify(result)}\n`);
    console.log(JSON.stringify(result, null, 2));
  }
  for (const dir of [contentDir, indexDir, cacheDir]) rmSync(dir, { recursive: true, force: true });
}

function lastLines(run: MeasuredRun): string {
  return run.lines
    .slice(-10)
    .map((line) => line.text)
    .join('\n');
}

/**
 * A private copy of the project under .bench/site: sources copied, node_modules linked package by
 * package, so that Astro's content cache and Vite's cache of the benchmark stay out of the working tree.
 */
function prepareSite(): string {
  const site = join(BENCH, 'site');
  rmSync(site, { recursive: true, force: true });
  mkdirSync(join(site, 'node_modules'), { recursive: true });
  for (const file of PROJECT_FILES)
    if (existsSync(join(ROOT, file))) cpSync(join(ROOT, file), join(site, file), { recursive: true });
  for (const entry of readdirSync(join(ROOT, 'node_modules'))) {
    if (entry === '.astro' || entry === '.cache' || entry === '.vite') continue;
    symlinkSync(resolve(ROOT, 'node_modules', entry), join(site, 'node_modules', entry));
  }
  return site;
}

/** Seconds spent in each stage, read from the times at which the build printed its log lines. */
function splitStages(build: MeasuredRun): Record<string, number> {
  const at = (pattern: RegExp) => build.lines.find((line) => pattern.test(line.text))?.at;
  const routesStart = at(/generating static routes/);
  const routesEnd = build.lines.filter((line) => /✓ Completed in/.test(line.text)).at(-1)?.at;
  const indexSeconds = Number(INDEX_LINE.exec(build.lines.map((l) => l.text).join('\n'))?.[5]);
  const waited = Number(/waited ([\d.]+) s for the search index/.exec(build.lines.map((l) => l.text).join('\n'))?.[1]);
  return {
    'setup, content sync, bundling': +(routesStart ?? 0).toFixed(1),
    'page rendering': +((routesEnd ?? 0) - (routesStart ?? 0)).toFixed(1),
    'search index (in parallel, own process)': +indexSeconds.toFixed(1),
    'waiting for the index after rendering': +(Number.isNaN(waited) ? 0 : waited).toFixed(1),
    'after rendering (sitemap, index move, exit)': +(build.seconds - (routesEnd ?? build.seconds)).toFixed(1),
  };
}

/** The worker's last line: `10000 pages in 32 shard(s) (1 indexed, 31 reused from …), 40.2 s`. */
const INDEX_LINE = /(\d+) pages in (\d+) shard\(s\) \((\d+) indexed, (\d+) reused[^)]*\), ([\d.]+) s/;

function indexShards(build: MeasuredRun): { shards: number; shardsIndexed: number; shardsReused: number } {
  const match = INDEX_LINE.exec(build.lines.map((l) => l.text).join('\n'));
  return { shards: Number(match?.[2]), shardsIndexed: Number(match?.[3]), shardsReused: Number(match?.[4]) };
}

function measureSizes(outDir: string): Record<string, number> {
  const indexBytes = readdirSync(outDir)
    .filter(isShardPath)
    .reduce((sum, name) => sum + du(join(outDir, name)), 0);
  return { outputMB: +(du(outDir) / 1e6).toFixed(1), searchIndexMB: +(indexBytes / 1e6).toFixed(1) };
}

/** The "speech page under twice its text, no script" goal, over every speech page. */
function measureSpeechPages(outDir: string): {
  pages: number;
  medianRatio: number;
  maxRatio: number;
  pagesWithScript: number;
} {
  const dir = join(outDir, 'speeches');
  const cssBytes = new Map<string, number>();
  const ratios: number[] = [];
  let pagesWithScript = 0;
  for (const slug of readdirSync(dir)) {
    const file = join(dir, slug, 'index.html');
    if (!existsSync(file)) continue;
    const html = readFileSync(file, 'utf8');
    if (!html.includes('class="speech-body"')) continue;
    if (/<script\b/i.test(html)) pagesWithScript++;
    let css = 0;
    for (const [, href] of html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)) {
      if (!cssBytes.has(href!))
        cssBytes.set(href!, existsSync(join(outDir, href!)) ? statSync(join(outDir, href!)).size : 0);
      css += cssBytes.get(href!)!;
    }
    const text = [...html.matchAll(/<(h1|h[2-4]|p)\b[^>]*\bid="(?:speech-title|[hp]-\d+)"[^>]*>([\s\S]*?)<\/\1>/g)]
      .map((m) => m[2]!.replace(/<[^>]+>/g, ''))
      .join('');
    ratios.push((Buffer.byteLength(html) + css) / Math.max(1, Buffer.byteLength(text)));
  }
  ratios.sort((a, b) => a - b);
  return {
    pages: ratios.length,
    medianRatio: +(ratios[Math.floor(ratios.length / 2)] ?? 0).toFixed(2),
    maxRatio: +(ratios.at(-1) ?? 0).toFixed(2),
    pagesWithScript,
  };
}

function roundValues(values: Record<string, number>, digits: number, divisor = 1): Record<string, number> {
  return Object.fromEntries(Object.entries(values).map(([key, value]) => [key, +(value / divisor).toFixed(digits)]));
}

function du(path: string): number {
  return Number(execFileSync('du', ['-sb', path]).toString().split('\t')[0]);
}

await main();
