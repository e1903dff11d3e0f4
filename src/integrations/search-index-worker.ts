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
import { existsSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import matter from 'gray-matter';
import { parse as parseYaml } from 'yaml';
import * as pagefind from 'pagefind';
import { parseSpeechDate } from '../lib/dates/speech-date';
import { SpeechSchema } from '../lib/schemas/speech';
import { ThemesFileSchema, type Theme } from '../lib/schemas/theme';
import { parseSpeechBody } from '../lib/speech/parse-body';
import { slugFromFileName } from '../lib/speech/slug';
import { classifyParagraphs } from '../lib/themes/classify-paragraphs';
import { summarizeSpeechThemes } from '../lib/themes/speech-themes';
import { collectThemeTerms, createSearchDictionary, parseDictionaryText } from '../lib/search/dictionary';
import { renderIndexDocument, type SearchRecord } from '../lib/search/index-document';
import { PAGEFIND_CONFIG, shardPath, type SearchManifest } from './search-index-config';

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
  const themeNames = new Map(themes.map((theme) => [theme.slug, theme.name]));

  const files = listSpeechFiles(join(contentDir, 'speeches'));
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
    const record = readRecord(join(contentDir, 'speeches'), file, themes, themeNames, includeDrafts);
    if (!record) continue;
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

function readRecord(
  speechesDir: string,
  file: string,
  themes: readonly Theme[],
  themeNames: ReadonlyMap<string, string>,
  includeDrafts: boolean,
): SearchRecord | undefined {
  // Options disable gray-matter's cache, which would otherwise keep every file's text until exit.
  const { data: rawData, content } = matter(readFileSync(file, 'utf8'), {});
  const parsed = SpeechSchema.safeParse(rawData);
  // The content check fails the build on invalid front matter with a better message than ours.
  if (!parsed.success) return undefined;
  const data = parsed.data;
  if (data.draft && !includeDrafts) return undefined;
  const date = parseSpeechDate(data.date);
  if (!date.ok) return undefined;
  const slug = data.slug ?? slugFromFileName(relative(speechesDir, file).split('\\').join('/'));
  const { blocks } = parseSpeechBody(content);
  // The same themes the speech page lists, so the theme filter and the page agree.
  const themeSlugs = summarizeSpeechThemes(
    data.themes,
    classifyParagraphs(blocks, themes),
    themes.map((theme) => theme.slug),
  );
  return {
    url: `/speeches/${slug}/`,
    title: data.title,
    date: data.date,
    year: String(date.date.year),
    kind: data.kind,
    organization: data.organization,
    themes: themeSlugs.map((slug) => themeNames.get(slug)).filter((name): name is string => name !== undefined),
    blocks,
  };
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

function listSpeechFiles(dir: string): string[] {
  if (!existsSync(dir)) throw new Error(`no speeches folder at ${dir}`);
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(md|mdx)$/i.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

function failOn(errors: readonly string[], what: string): void {
  if (errors.length > 0) throw new Error(`Pagefind failed ${what}: ${errors.join('; ')}`);
}

main().catch(async (error: unknown) => {
  console.error('[search-index]', error instanceof Error ? error.message : error);
  await pagefind.close();
  process.exit(1);
});
