/**
 * Builds the search index from the content folder, in its own process so that it runs on the
 * second core while Astro renders pages, and its memory is returned when it exits.
 *
 *   node --import tsx src/integrations/search-index-worker.ts <contentDir> <outDir> <pagesPerShard> drafts|published
 *
 * Its settings are these arguments (src/integrations/search-index.ts passes `settings`); it reads no
 * environment variables.
 *
 * Writes `<outDir>/pagefind/` (and `<outDir>/pagefind-2/`, … when the site has more pages than one
 * shard holds) plus `<outDir>/search-manifest.json`, and exits non-zero on any Pagefind error.
 */
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import * as pagefind from 'pagefind';
import { SpeechSchema } from '../lib/schemas/speech';
import { ThemesFileSchema, type Theme } from '../lib/schemas/theme';
import { analyzeSpeech, type Speech } from '../lib/speech/analyze-speech';
import { readFrontMatter } from '../lib/speech/front-matter';
import { speechSlug } from '../lib/speech/slug';
import { collectThemeTerms, createSearchDictionary, parseDictionaryText } from '../lib/search/dictionary';
import { renderIndexDocument, toSearchRecord } from '../lib/search/index-document';
import { listSpeechFiles } from '../loaders/speech-files';
import type { SearchManifest } from '../lib/search/manifest';
import { PAGEFIND_CONFIG, shardPath } from './search-index-config';

// Files handed to Pagefind before waiting for its answers: enough to keep its process busy while
// this one cuts the next speeches into words.
const IN_FLIGHT = 32;

async function main(): Promise<void> {
  const [contentDir, outDir, shardArg, draftsArg] = process.argv.slice(2);
  const pagesPerShard = Number(shardArg);
  if (!contentDir || !outDir || !Number.isInteger(pagesPerShard) || pagesPerShard < 1 || !draftsArg) {
    throw new Error('usage: search-index-worker.ts <contentDir> <outDir> <pagesPerShard> drafts|published');
  }
  const includeDrafts = draftsArg === 'drafts';
  const started = performance.now();
  const themes = readThemes(contentDir);
  const dictionary = createSearchDictionary([...readDictionary(contentDir), ...collectThemeTerms(themes)]);
  const speechesDir = join(contentDir, 'speeches');
  if (!existsSync(speechesDir)) throw new Error(`no speeches folder at ${speechesDir}`);
  const files = listSpeechFiles(speechesDir);
  const manifest: SearchManifest = {
    shards: [],
    pages: 0,
    dictionary: dictionary.terms,
  };
  let index: pagefind.PagefindIndex | undefined;
  let inShard = 0;
  let pending: Promise<void>[] = [];
  const flush = async () => {
    await Promise.all(pending);
    pending = [];
  };
  const closeShard = async () => {
    if (!index) return;
    await flush();
    const path = shardPath(manifest.shards.length);
    const written = await index.writeFiles({ outputPath: join(outDir, path) });
    failOn(written.errors, `writing ${path}`);
    manifest.shards.push({ path: `/${path}/`, pages: inShard });
    await index.deleteIndex();
    // Closing stops Pagefind's process, the only sure way to hand its memory back before the next shard.
    await pagefind.close();
    index = undefined;
    inShard = 0;
  };

  for (const file of files) {
    const speech = readSpeech(speechesDir, file, themes, includeDrafts);
    if (!speech) continue;
    const record = toSearchRecord(speech, themes);
    if (!index) {
      const created = await pagefind.createIndex(PAGEFIND_CONFIG);
      failOn(created.errors, 'creating the index');
      index = created.index!;
    }
    const current = index;
    const html = renderIndexDocument(record, dictionary);
    pending.push(
      current.addHTMLFile({ url: record.url, content: html }).then((added) => failOn(added.errors, record.url)),
    );
    if (pending.length >= IN_FLIGHT) await flush();
    inShard++;
    manifest.pages++;
    if (inShard >= pagesPerShard) await closeShard();
  }
  await closeShard();
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'search-manifest.json'), JSON.stringify(manifest));
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`[search-index] ${manifest.pages} pages in ${manifest.shards.length} shard(s), ${seconds} s`);
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

function failOn(errors: readonly string[], what: string): void {
  if (errors.length > 0) throw new Error(`Pagefind failed ${what}: ${errors.join('; ')}`);
}

main().catch(async (error: unknown) => {
  console.error('[search-index]', error instanceof Error ? error.message : error);
  await pagefind.close();
  process.exit(1);
});
