import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { readFrontMatter } from '../lib/speech/front-matter';
import { speechSlug } from '../lib/speech/slug';

/** What counts as a speech file in content/speeches/. */
export const SPEECH_FILE = /\.(md|mdx)$/i;

/**
 * Loads `content/speeches/*.md|mdx` as entries holding only their front matter and file path.
 *
 * Why not `glob()`: it renders every Markdown body to HTML at sync time and keeps body and HTML
 * in the data store, which Astro then bundles into the build. The site never uses that HTML
 * (src/lib/speech parses the body itself, for paragraph anchors, themes and targets), and at
 * 10,000 speeches the store reached gigabytes (docs/benchmarks.md). Bodies are read from the file
 * by src/lib/collections.ts, once per build. Entries are keyed by a digest of the file, so an
 * unchanged speech is not parsed again on the next build, as with `glob()`.
 */
export function speechFiles(options: { base: string }): Loader {
  return {
    name: 'jianbao:speech-files',
    load: async (context) => {
      const { config, store, watcher, logger } = context;
      const root = fileURLToPath(config.root);
      const base = resolve(root, options.base);
      const sync = async (): Promise<void> => {
        const untouched = new Set(store.keys());
        for (const file of listSpeechFiles(base)) {
          const text = readFileSync(join(base, file), 'utf8');
          const front = readFrontMatter(file, text);
          // `npm run check`, which the build runs first, reports these files with their fix.
          if (!front.ok) continue;
          const data = front.value.data;
          const id = speechSlug(file, data);
          untouched.delete(id);
          const filePath = relative(root, join(base, file)).split('\\').join('/');
          // The path is part of the digest: the store keeps an entry whose digest is unchanged, and
          // the same text in another content folder (a test's temporary copy) must not keep the old path.
          const digest = context.generateDigest(`${filePath}\n${text}`);
          if (store.get(id)?.digest === digest) continue;
          store.set({ id, data: await context.parseData({ id, data, filePath }), filePath, digest });
        }
        for (const id of untouched) store.delete(id);
      };
      await sync();
      // `npm run dev`: pick up a saved, added or removed speech. Astro watches the project folder
      // only; a content folder elsewhere (JIANBAO_CONTENT_DIR) is added, as glob() does for its base.
      watcher?.add(base);
      watcher?.on('all', (_event, path) => {
        if (!path.startsWith(base) || !SPEECH_FILE.test(path)) return;
        sync().catch((error: unknown) => logger.error(String(error)));
      });
    },
  };
}

/**
 * Every file under `dir`, relative to it with forward slashes, in code-unit order so that every
 * machine lists them alike. The one listing of the content folder: the loader, the search index
 * worker and the content check all read it.
 */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort();
}

/** The speech files under `base` (content/speeches/), as {@link listFiles} lists them. */
export function listSpeechFiles(base: string): string[] {
  return listFiles(base).filter((file) => SPEECH_FILE.test(file));
}
