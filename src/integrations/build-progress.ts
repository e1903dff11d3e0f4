import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroPrerenderer } from 'astro';
import { createProgressMeter, formatBuildSummary } from '../lib/build/progress';
import { isShardPath } from './search-index-config';

/** What the search index integration tells the summary. */
export interface IndexReport {
  shards: number;
  shardsReused: number;
}

export interface BuildProgress {
  integration: AstroIntegration;
  /** Resolves when Astro has rendered its last page (the search index may then use both cores). */
  pagesRendered: Promise<void>;
  reportIndex(report: IndexReport): void;
}

/**
 * Progress a person can follow in a long build, and one summary line at its end.
 *
 * Astro's own line per rendered page is left out of the log (build-log.ts); instead this wraps
 * Astro's prerenderer to count pages and print a line per tenth of them (or every 30 s), with the
 * time so far and an estimate of the time left. Must come after the search index in
 * `integrations`, so that its summary is printed once the index is in place.
 */
export function buildProgress(): BuildProgress {
  let pagesRenderedResolve: () => void = () => {};
  const pagesRendered = new Promise<void>((resolve) => (pagesRenderedResolve = resolve));
  let index: IndexReport = { shards: 0, shardsReused: 0 };
  let pages = 0;
  const integration: AstroIntegration = {
    name: 'jianbao:build-progress',
    hooks: {
      'astro:build:start': ({ logger, setPrerenderer }) => {
        setPrerenderer((inner: AstroPrerenderer): AstroPrerenderer => {
          const meter = createProgressMeter('页面 pages');
          let total = 0;
          let started = 0;
          return {
            name: inner.name,
            ...(inner.setup ? { setup: () => inner.setup!() } : {}),
            ...(inner.collectStaticImages ? { collectStaticImages: () => inner.collectStaticImages!() } : {}),
            getStaticPaths: async () => {
              const paths = await inner.getStaticPaths();
              total = paths.filter(({ route }) => route.type === 'page').length;
              started = performance.now();
              return paths;
            },
            render: async (request, options) => {
              const result = await inner.render(request, options);
              // Pages, as Astro counts them; feeds and data files are quick and not counted.
              if (options.routeData.type !== 'page') return result;
              pages++;
              const line = meter.update(pages, total, (performance.now() - started) / 1000);
              if (line) logger.info(line);
              return result;
            },
            teardown: async () => {
              await inner.teardown?.();
              pagesRenderedResolve();
            },
          };
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        // If Astro rendered nothing, teardown never ran; nothing waits on the pages any more.
        pagesRenderedResolve();
        const outDir = fileURLToPath(dir);
        logger.info(
          formatBuildSummary({
            pages,
            speeches: countJsonRows(join(outDir, 'data', 'speeches.json')),
            targets: countJsonRows(join(outDir, 'data', 'targets.json')),
            indexBytes: readdirSync(outDir)
              .filter(isShardPath)
              .reduce((sum, name) => sum + treeBytes(join(outDir, name)), 0),
            shards: index.shards,
            shardsReused: index.shardsReused,
            seconds: process.uptime(),
          }),
        );
      },
    },
  };
  return {
    integration,
    pagesRendered,
    reportIndex: (report) => (index = report),
  };
}

/** Rows of one of the site's open-data JSON files (`/data/speeches.json`): what readers can download. */
function countJsonRows(path: string): number {
  if (!existsSync(path)) return 0;
  const rows: unknown = JSON.parse(readFileSync(path, 'utf8'));
  return Array.isArray(rows) ? rows.length : 0;
}

function treeBytes(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.size;
  return readdirSync(path).reduce((sum, name) => sum + treeBytes(join(path, name)), 0);
}
