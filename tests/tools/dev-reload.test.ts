/**
 * `npm run dev` shows a newly imported speech and its newly reviewed targets on reload, without
 * a restart — here with the content folder outside the project (a temporary copy), the case
 * Astro's own watcher does not cover.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runNpm } from './run';

const ROOT = new URL('../../', import.meta.url).pathname;
const SLUG = '2024-02-23-jinan-gaoxinqu-gongzuo-dongyuan-dahui';
const site = mkdtempSync(join(tmpdir(), 'jianbao-dev-'));
const env = { JIANBAO_CONTENT_DIR: site };
const ECHO_WINDOW_MS = 1500;
let dev: ChildProcess | undefined;
let origin = '';

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => {
        resolve(typeof address === 'object' && address !== null ? address.port : 0);
      });
    });
  });

beforeAll(async () => {
  cpSync(join(ROOT, 'content', 'themes.yaml'), join(site, 'themes.yaml'));
  cpSync(join(ROOT, 'content', 'speeches'), join(site, 'speeches'), { recursive: true });
  const port = await freePort();
  dev = spawn('npm', ['run', '--silent', 'dev', '--', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: ROOT,
    // Not the test runner's own variables: under VITEST and NODE_ENV=test, Vite does not watch files.
    env: { ...withoutTestRunner(process.env), ...env },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  origin = `http://127.0.0.1:${port}`;
  await new Promise<void>((resolve, reject) => {
    let output = '';
    dev!.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('watching for file changes')) resolve();
    });
    dev!.on('exit', () => reject(new Error(`astro dev stopped: ${output}`)));
  });
});

afterAll(() => {
  if (dev?.pid !== undefined) process.kill(-dev.pid, 'SIGTERM');
  rmSync(site, { recursive: true, force: true });
});

function withoutTestRunner(environment: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(environment).filter(
      ([name]) => !name.startsWith('VITEST') && name !== 'NODE_ENV' && name !== 'TEST',
    ),
  );
}

const get = async (path: string) => {
  const response = await fetch(`${origin}${path}`);
  return { status: response.status, text: await response.text() };
};

describe('npm run dev', () => {
  it('shows an imported speech, an edit to it and its reviewed targets on reload', async () => {
    expect((await get(`/speeches/${SLUG}/`)).status).toBe(404);
    const imported = runNpm(
      [
        'import',
        '--',
        join(ROOT, 'tests/fixtures/import-real/jinan-gaoxinqu-2024-dongyuan-dahui.txt'),
        '--source',
        '测试数据',
        '--summary',
        '测试数据的摘要。',
      ],
      env,
    );
    expect(imported.status).toBe(0);
    await expect.poll(async () => (await get(`/speeches/${SLUG}/`)).status, { timeout: 30_000 }).toBe(200);

    // Astro drops a second change to the same file within a second as an echo of the first
    // (DIRECT_INVALIDATION_ECHO_MS); staff do not save twice that fast, so neither does the test.
    await new Promise((resolve) => setTimeout(resolve, ECHO_WINDOW_MS));
    const file = join(site, 'speeches', `${SLUG}.md`);
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('完成能耗强度降低任务。', '完成能耗强度降低任务（测试改动）。'),
    );
    await expect
      .poll(async () => (await get(`/speeches/${SLUG}/`)).text.includes('测试改动'), {
        timeout: 30_000,
        message: 'the edited text shows',
      })
      .toBe(true);

    expect(runNpm(['targets', '--', file], env).status).toBe(0);
    const targets = join(site, 'targets', `${SLUG}.yaml`);
    writeFileSync(targets, readFileSync(targets, 'utf8').replace('reviewed: false', 'reviewed: true'));
    await expect
      .poll(async () => (await get('/data/targets.json')).text.includes(`/speeches/${SLUG}/`), {
        timeout: 30_000,
        message: 'the reviewed target is published',
      })
      .toBe(true);
  });
});
