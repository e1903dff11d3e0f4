import { spawn } from 'node:child_process';
import { cp, mkdir, readdir, readFile, rename, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { settings } from '../settings';
import type { BuildProgress, IndexReport } from './build-progress';

const INDEX_REPORT = 'index-report.json';

/**
 * Builds the Pagefind search index as part of `astro build`.
 *
 * The index is made from the content folder, not from the rendered pages, by a separate process
 * started as soon as Astro has its configuration for a build (search-index-worker.ts): it runs on
 * the second core while Astro checks the content, syncs it, bundles and renders, reuses the shards an earlier build already indexed, and is told when the pages are
 * rendered so that it may index two shards at once. When the pages are written, this hook waits
 * for it, fails the build if it failed, and moves the index into the output folder.
 * See docs/architecture.md.
 */
export function searchIndex(progress: BuildProgress): AstroIntegration {
  let exit: Promise<number | null> | undefined;
  let workDir = '';
  return {
    name: 'jianbao:search-index',
    hooks: {
      // Not at astro:build:start: that comes after the content check, content sync and bundling
      // (≈ 9 s at 10,000 speeches, one core busy), and the index is the build's critical path.
      'astro:config:setup': async ({ config, command, logger }) => {
        if (command !== 'build') return;
        const root = fileURLToPath(config.root);
        const contentDir = resolve(root, settings.contentDir);
        // Inside the project, so the finished index can be renamed into the output, not copied.
        workDir = join(root, 'node_modules', '.cache', `jianbao-search-${process.pid}`);
        await rm(workDir, { recursive: true, force: true });
        await mkdir(workDir, { recursive: true });
        const worker = join(root, 'src', 'integrations', 'search-index-worker.ts');
        const args = [
          ...['--import', 'tsx', worker, contentDir, workDir],
          ...[resolve(root, settings.searchCacheDir), String(settings.searchShardPages)],
          ...[String(settings.searchParallel), settings.drafts ? 'drafts' : 'published'],
        ];
        logger.info('indexing speeches for search alongside page rendering');
        // An empty environment: the worker's settings are its arguments, never variables it inherits.
        const child = spawn(process.execPath, args, { cwd: root, env: {}, stdio: ['pipe', 'pipe', 'pipe'] });
        // Relayed as they come, so that the log shows the index's progress during the build.
        const relay = (stream: NodeJS.ReadableStream, print: (line: string) => void) => {
          let partial = '';
          stream.on('data', (chunk: Buffer) => {
            const lines = (partial + chunk.toString()).split('\n');
            partial = lines.pop() ?? '';
            for (const line of lines) if (line.trim() !== '') print(line);
          });
          stream.on('end', () => partial.trim() !== '' && print(partial));
        };
        const unprefixed = (line: string) => line.replace(/^\[search-index\] /, '');
        relay(child.stdout, (line) => logger.info(unprefixed(line)));
        relay(child.stderr, (line) => logger.error(unprefixed(line)));
        // The worker may have exited (and closed its stdin) already; the line is then not needed.
        child.stdin.on('error', () => {});
        void progress.pagesRendered.then(() => child.stdin.end('pages-rendered\n'));
        exit = new Promise((resolve, reject) => {
          child.on('error', reject);
          child.on('close', resolve);
        });
        // A build that stops before its pages (a content error) must not leave the worker running.
        process.once('exit', () => child.kill());
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!exit) throw new Error('search index: the indexing process never started');
        const waitStarted = performance.now();
        const code = await exit;
        const waited = ((performance.now() - waitStarted) / 1000).toFixed(1);
        if (code !== 0) throw new Error(`search index failed (exit ${code}); see the messages above`);
        logger.info(`waited ${waited} s for the search index after the pages were written`);
        progress.reportIndex(JSON.parse(await readFile(join(workDir, INDEX_REPORT), 'utf8')) as IndexReport);
        await rm(join(workDir, INDEX_REPORT));
        const outDir = fileURLToPath(dir);
        for (const name of await readdir(workDir)) await move(join(workDir, name), join(outDir, name));
        await rm(workDir, { recursive: true, force: true });
      },
    },
  };
}

async function move(from: string, to: string): Promise<void> {
  await rm(to, { recursive: true, force: true });
  try {
    await rename(from, to);
  } catch {
    // Another file system (an --outDir elsewhere): copy instead.
    await cp(from, to, { recursive: true });
  }
}
