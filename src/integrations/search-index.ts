import { spawn } from 'node:child_process';
import { cp, mkdir, readdir, rename, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { settings } from '../settings';

/**
 * Builds the Pagefind search index as part of `astro build`.
 *
 * The index is made from the content folder, not from the rendered pages, by a separate process
 * started when the build starts (search-index-worker.ts): it runs on the second core while Astro
 * renders, and its memory, like Pagefind's, is returned when it exits. When the pages are written,
 * this hook waits for it, fails the build if it failed, and moves the index into the output folder.
 * See docs/architecture.md.
 */
export function searchIndex(): AstroIntegration {
  let root = '';
  let exit: Promise<{ code: number | null; output: string }> | undefined;
  let workDir = '';
  return {
    name: 'jianbao:search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:start': async ({ logger }) => {
        const contentDir = resolve(root, settings.contentDir);
        // Inside the project, so the finished index can be renamed into the output, not copied.
        workDir = join(root, 'node_modules', '.cache', `jianbao-search-${process.pid}`);
        await rm(workDir, { recursive: true, force: true });
        await mkdir(workDir, { recursive: true });
        const worker = join(root, 'src', 'integrations', 'search-index-worker.ts');
        const args = [
          ...['--import', 'tsx', worker, contentDir, workDir],
          ...[String(settings.searchShardPages), settings.drafts ? 'drafts' : 'published'],
        ];
        logger.info('indexing speeches for search alongside page rendering');
        // An empty environment: the worker's settings are its arguments, never variables it inherits.
        const child = spawn(process.execPath, args, { cwd: root, env: {}, stdio: ['ignore', 'pipe', 'pipe'] });
        let output = '';
        child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
        child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
        exit = new Promise((resolve, reject) => {
          child.on('error', reject);
          child.on('close', (code) => resolve({ code, output }));
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!exit) throw new Error('search index: the indexing process never started');
        const waitStarted = performance.now();
        const { code, output } = await exit;
        const waited = ((performance.now() - waitStarted) / 1000).toFixed(1);
        for (const line of output.split('\n').filter((line) => line.trim() !== '')) logger.info(line);
        if (code !== 0) throw new Error(`search index failed (exit ${code}); see the messages above`);
        logger.info(`waited ${waited} s for the search index after the pages were written`);
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
