import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { parse as parseYaml } from 'yaml';

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
