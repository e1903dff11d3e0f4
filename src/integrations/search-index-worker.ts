/**
 * Builds the search index from the content folder, in its own process so that it runs on the
 * second core while Astro renders pages.
 *
 *   node --import tsx src/integrations/search-index-worker.ts \
 *     <contentDir> <outDir> <cacheDir> <pagesPerShard> <parallel> drafts|published [chunkLocations]
 *
 * Its settings are these arguments (src/integrations/search-index.ts passes `settings`); it reads no
 * environment variables.
 *
 * Assigns each speech file to a shard (src/lib/build/shards.ts), then shard by shard reads the
 * speeches and renders their synthetic search documents. Each shard is keyed by a hash of its documents and the index
 * settings: a shard whose key is in `<cacheDir>` (from an earlier build) is copied from there
 * byte for byte; the others are indexed by search-shard-indexer.ts, one at a time while Astro
 * renders, `<parallel>` at a time once a line `pages-rendered` arrives on stdin. Writes
 * `<outDir>/pagefind/`, `<outDir>/pagefind-2/`, …, `<outDir>/search-manifest.json` and
 * `<outDir>/index-report.json` (for the build summary), and exits non-zero on any Pagefind error.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { join, relative } from 'node:path';
import { createInterface } from 'node:readline';
import { parse as parseYaml } from 'yaml';
import { createProgressMeter } from '../lib/build/progress';
import { assignShards } from '../lib/build/shards';
import { SpeechSchema } from '../lib/schemas/speech';
import { ThemesFileSchema, type Theme } from '../lib/schemas/theme';
import { analyzeSpeech, type Speech } from '../lib/speech/analyze-speech';
import { readFrontMatter } from '../lib/speech/front-matter';
import { speechSlug } from '../lib/speech/slug';
import { collectThemeTerms, createSearchDictionary, parseDictionaryText } from '../lib/search/dictionary';
import { renderIndexDocument, toSearchRecord } from '../lib/search/index-document';
import type { SearchManifest } from '../lib/search/manifest';
import { listSpeechFiles } from '../loaders/speech-files';
import type { IndexReport } from './build-progress';
import { parseSynonymsText } from '../lib/search/synonyms';
import { INDEX_CHUNK_LOCATIONS, PAGEFIND_CONFIG, pagefindEnvironment, shardPath } from './search-index-config';

// A cache entry not used by this build is kept this long, so that builds of different content
// running at the same time (a test with small shards beside a seed build) do not delete each
// other's shards between writing and copying them.
const CACHE_KEEP_UNUSED_MS = 60 * 60 * 1000;
// Bump when what a cache entry holds changes in a way its key does not show.
const CACHE_FORMAT = 1;

interface PendingShard {
  number: number;
  key: string;
  input: string;
}

async function main(): Promise<void> {
  const [contentDir, outDir, cacheDir, shardArg, parallelArg, draftsArg, chunkArg] = process.argv.slice(2);
  const pagesPerShard = Number(shardArg);
  const parallel = Number(parallelArg);
  // Only the benchmark changes it (scripts/bench.ts --chunk-locations), to measure the trade-off.
  const chunkLocations = chunkArg === undefined ? INDEX_CHUNK_LOCATIONS : Number(chunkArg);
  if (
    !contentDir ||
    !outDir ||
    !cacheDir ||
    !Number.isInteger(pagesPerShard) ||
    pagesPerShard < 1 ||
    !Number.isInteger(parallel) ||
    parallel < 1 ||
    !draftsArg ||
    !Number.isInteger(chunkLocations) ||
    chunkLocations < 1
  ) {
    throw new Error(
      'usage: search-index-worker.ts <contentDir> <outDir> <cacheDir> <pagesPerShard> <parallel> drafts|published [chunkLocations]',
    );
  }
  const includeDrafts = draftsArg === 'drafts';
  const started = performance.now();
  const seconds = () => (performance.now() - started) / 1000;
  const themes = readThemes(contentDir);
  const dictionary = createSearchDictionary([...readDictionary(contentDir), ...collectThemeTerms(themes)]);
  // Everything besides the documents that decides what Pagefind writes.
  const settingsKey = JSON.stringify({
    CACHE_FORMAT,
    pagefind: pagefindVersion(),
    PAGEFIND_CONFIG,
    INDEX_CHUNK_LOCATIONS,
  });
  mkdirSync(outDir, { recursive: true });
  mkdirSync(cacheDir, { recursive: true });

  const speechesDir = join(contentDir, 'speeches');
  if (!existsSync(speechesDir)) throw new Error(`no speeches folder at ${speechesDir}`);
  const files = listSpeechFiles(speechesDir);
  const shards = assignShards(files, pagesPerShard);
  // A shard of drafts only is left out, so the count is certain only at the end.
  const shardsExpected = shards.length;
  const manifest: SearchManifest = {
    shards: [],
    pages: 0,
    dictionary: dictionary.terms,
    synonyms: readSynonyms(contentDir),
  };
  const readMeter = createProgressMeter('讲话 speeches read');
  const shardMeter = createProgressMeter('搜索分片 search shards');
  const used = new Set<string>();
  let shardsKnown = false;
  let shardsDone = 0;
  let reused = 0;
  const shardDone = (count = 1) => {
    shardsDone += count;
    const line = shardMeter.update(shardsDone, shardsKnown ? manifest.shards.length : shardsExpected, seconds());
    if (line) console.log(`[search-index] ${line}`);
  };

  // Indexing: one shard at a time until Astro has rendered its pages, then `parallel` at a time.
  let limit = 1;
  let running = 0;
  const queue: PendingShard[] = [];
  const failures: Error[] = [];
  let allIndexed: () => void = () => {};
  const indexed = new Promise<void>((resolve) => (allIndexed = resolve));
  const pump = () => {
    while (running < limit && queue.length > 0 && failures.length === 0) {
      const shard = queue.shift()!;
      running++;
      indexShard(shard, cacheDir, chunkLocations)
        .then(() => {
          copyShard(join(cacheDir, shard.key), join(outDir, shardPath(shard.number)));
          shardDone();
        })
        .catch((error: unknown) => failures.push(error instanceof Error ? error : new Error(String(error))))
        .finally(() => {
          running--;
          rmSync(shard.input, { force: true });
          pump();
        });
    }
    if (shardsKnown && running === 0 && (queue.length === 0 || failures.length > 0)) allIndexed();
  };
  const stdin = createInterface({ input: process.stdin });
  stdin.on('line', (line) => {
    if (line.trim() !== 'pages-rendered') return;
    limit = parallel;
    pump();
  });

  let read = 0;
  for (const paths of shards) {
    const documents: [string, string][] = [];
    const hash = createHash('sha256').update(settingsKey);
    for (const path of paths) {
      const speech = readSpeech(speechesDir, path, themes, includeDrafts);
      const line = readMeter.update(++read, files.length, seconds());
      if (line) console.log(`[search-index] ${line}`);
      // Lets finished indexers be noticed, and the next shard started, while this one is read.
      await new Promise((resolve) => setImmediate(resolve));
      if (!speech) continue;
      const record = toSearchRecord(speech, themes);
      const html = renderIndexDocument(record, dictionary);
      documents.push([record.url, html]);
      hash.update(`\0${record.url}\0${html}`);
    }
    if (documents.length === 0) continue;
    const number = manifest.shards.length;
    const key = hash.digest('hex');
    manifest.shards.push({ path: `/${shardPath(number)}/`, pages: documents.length });
    manifest.pages += documents.length;
    used.add(key);
    if (existsSync(join(cacheDir, key))) {
      const now = new Date();
      utimesSync(join(cacheDir, key), now, now);
      copyShard(join(cacheDir, key), join(outDir, shardPath(number)));
      reused++;
      shardDone();
    } else {
      const input = join(outDir, `.shard-${number}.json`);
      writeFileSync(input, JSON.stringify(documents));
      queue.push({ number, key, input });
      pump();
    }
  }
  shardsKnown = true;
  shardDone(0);
  pump();
  await indexed;
  stdin.close();
  if (failures.length > 0) throw failures[0]!;

  writeFileSync(join(outDir, 'search-manifest.json'), JSON.stringify(manifest));
  const report: IndexReport = { shards: manifest.shards.length, shardsReused: reused };
  writeFileSync(join(outDir, 'index-report.json'), JSON.stringify(report));
  pruneCache(cacheDir, used);
  console.log(
    `[search-index] ${manifest.pages} pages in ${manifest.shards.length} shard(s) ` +
      `(${manifest.shards.length - reused} indexed, ${reused} reused from ${relative(process.cwd(), cacheDir)}), ` +
      `${seconds().toFixed(1)} s`,
  );
}

/** Indexes one shard into `<cacheDir>/<key>`, written under a temporary name and renamed when complete. */
function indexShard(shard: PendingShard, cacheDir: string, chunkLocations: number): Promise<void> {
  const partial = join(cacheDir, `${shard.key}.partial-${process.pid}`);
  rmSync(partial, { recursive: true, force: true });
  const indexer = join(import.meta.dirname, 'search-shard-indexer.ts');
  const child = spawn(process.execPath, ['--import', 'tsx', indexer, shard.input, partial], {
    env: pagefindEnvironment(chunkLocations),
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) {
        rmSync(partial, { recursive: true, force: true });
        reject(new Error(`indexing shard ${shard.number + 1} failed (exit ${code})`));
        return;
      }
      rmSync(join(cacheDir, shard.key), { recursive: true, force: true });
      renameSync(partial, join(cacheDir, shard.key));
      resolve();
    });
  });
}

/**
 * Puts a finished shard from the cache into the output, file by file as hard links: the cache's
 * files are never written again (a shard's key is its content), and linking is metadata only,
 * where copying 31 reused shards of a 10,000-speech site moved ≈ 260 MB on every staff rebuild.
 * Copies where the two folders are on different file systems.
 */
function copyShard(from: string, to: string): void {
  rmSync(to, { recursive: true, force: true });
  try {
    linkTree(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    rmSync(to, { recursive: true, force: true });
    cpSync(from, to, { recursive: true });
  }
}

function linkTree(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    if (entry.isDirectory()) linkTree(join(from, entry.name), join(to, entry.name));
    else linkSync(join(from, entry.name), join(to, entry.name));
  }
}

/** Drops cache entries this build did not use and no build has used for a while. */
function pruneCache(cacheDir: string, used: ReadonlySet<string>): void {
  const now = Date.now();
  for (const name of readdirSync(cacheDir)) {
    if (used.has(name)) continue;
    const path = join(cacheDir, name);
    if (now - statSync(path).mtimeMs > CACHE_KEEP_UNUSED_MS) rmSync(path, { recursive: true, force: true });
  }
}

/** Pagefind's version: its package exports no package.json, so it is read beside its entry point. */
function pagefindVersion(): string {
  const packageJson = new URL('../package.json', import.meta.resolve('pagefind'));
  return (JSON.parse(readFileSync(packageJson, 'utf8')) as { version: string }).version;
}

// The same steps as a page: the loader's front-matter reader and schema, then the one analysis.
function readSpeech(
  speechesDir: string,
  file: string,
  themes: readonly Theme[],
  includeDrafts: boolean,
): Speech | undefined {
  const front = readFrontMatter(file, readFileSync(join(speechesDir, file), 'utf8'));
  // The content check fails the build on bad front matter, with a better message than ours.
  if (!front.ok) return undefined;
  const parsed = SpeechSchema.safeParse(front.value.data);
  if (!parsed.success) return undefined;
  if (parsed.data.draft && !includeDrafts) return undefined;
  return analyzeSpeech({ slug: speechSlug(file, parsed.data), data: parsed.data, body: front.value.body }, themes);
}

function readThemes(contentDir: string): Theme[] {
  const path = join(contentDir, 'themes.yaml');
  if (!existsSync(path)) return [];
  return ThemesFileSchema.parse(parseYaml(readFileSync(path, 'utf8')));
}

function readDictionary(contentDir: string): string[] {
  const path = join(contentDir, 'search-dictionary.txt');
  return existsSync(path) ? parseDictionaryText(readFileSync(path, 'utf8')) : [];
}

// Problems in the file are reported by the content check, which runs before the build.
function readSynonyms(contentDir: string): string[][] {
  const path = join(contentDir, 'search-synonyms.txt');
  return existsSync(path) ? parseSynonymsText(readFileSync(path, 'utf8')).groups : [];
}

main().catch((error: unknown) => {
  console.error('[search-index]', error instanceof Error ? error.message : error);
  process.exit(1);
});
