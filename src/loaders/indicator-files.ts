import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { parse as parseYaml } from 'yaml';
import { readActualsCsv } from '../lib/indicators/actuals-csv';

/**
 * Loads content/indicators.yaml, one entry per indicator keyed by its id. Unlike `file()`, a
 * content folder without the file (a benchmark's, a fixture's) simply has no indicators.
 */
export function indicatorsFile(options: { path: string }): Loader {
  return {
    name: 'jianbao:indicators-file',
    load: async (context) => {
      const path = resolve(fileURLToPath(context.config.root), options.path);
      context.store.clear();
      if (!existsSync(path)) return;
      const list = parseYaml(readFileSync(path, 'utf8')) as unknown;
      // `npm run check`, which the build runs first, reports a malformed file with its fix.
      if (!Array.isArray(list)) return;
      // The file's order is the site's order, which the store does not keep: record each position.
      for (const [order, entry] of (list as Record<string, unknown>[]).entries()) {
        const id = String(entry['id']);
        context.store.set({ id, data: await context.parseData({ id, data: { ...entry, order } }) });
      }
    },
  };
}

/**
 * Loads content/data/*.csv, one entry per row keyed `file:line`, decoded and parsed as
 * `readActualsCsv` does (UTF-8 or GBK, with or without BOM). Bad rows are left to `npm run check`.
 */
export function actualsFiles(options: { base: string }): Loader {
  return {
    name: 'jianbao:actuals-files',
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const base = resolve(root, options.base);
      context.store.clear();
      if (!existsSync(base)) return;
      const files = readdirSync(base)
        .filter((file) => /\.csv$/i.test(file))
        .sort();
      for (const file of files) {
        const path = relative(root, join(base, file)).split('\\').join('/');
        for (const row of readActualsCsv(path, readFileSync(join(base, file))).rows) {
          const id = `${row.file}:${row.line}`;
          context.store.set({ id, data: await context.parseData({ id, data: { ...row } }) });
        }
      }
    },
  };
}
