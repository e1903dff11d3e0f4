/**
 * `npm run review` in Chromium, keyboard only: a speech imported from a real news text (test
 * fixture), its candidates from `npm run targets`, all in a temporary content folder.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AxeResults } from 'axe-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { launchChromium } from '../support/browser';
import { runNpm } from '../tools/run';

const ROOT = new URL('../../', import.meta.url).pathname;
const SLUG = '2024-02-23-jinan-gaoxinqu-gongzuo-dongyuan-dahui';
const site = mkdtempSync(join(tmpdir(), 'jianbao-review-'));
const outDir = mkdtempSync(join(tmpdir(), 'jianbao-review-dist-'));
const targetsFile = join(site, 'targets', `${SLUG}.yaml`);
let server: ChildProcess | undefined;
let origin = '';
let browser: Browser | undefined;

interface Record {
  id: string;
  indicator: string;
  unit: string;
  kind: string;
  reviewed: boolean;
  rejected: boolean;
}
const records = (): Record[] => parse(readFileSync(targetsFile, 'utf8')) as Record[];

beforeAll(async () => {
  cpSync(join(ROOT, 'content', 'themes.yaml'), join(site, 'themes.yaml'));
  const env = { JIANBAO_CONTENT_DIR: site };
  const imported = runNpm(
    [
      'import',
      '--',
      join(ROOT, 'tests/fixtures/import-real/jinan-gaoxinqu-2024-dongyuan-dahui.txt'),
      '--source',
      '济南高新区新闻稿（测试数据，见 tests/fixtures/import-real/SOURCES.md）',
      '--summary',
      '2月23日，济南高新区2024年工作动员大会召开（测试数据）。',
    ],
    env,
  );
  if (imported.status !== 0) throw new Error(imported.output);
  const extracted = runNpm(['targets', '--', join(site, 'speeches', `${SLUG}.md`)], env);
  if (extracted.status !== 0) throw new Error(extracted.output);

  server = spawn('npm', ['run', '--silent', 'review', '--', SLUG, '--port', '0'], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  origin = await new Promise<string>((resolve, reject) => {
    let output = '';
    server!.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const url = /http:\/\/127\.0\.0\.1:\d+/.exec(output);
      if (url) resolve(url[0]);
    });
    server!.on('exit', () => reject(new Error(`review server stopped: ${output}`)));
  });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  if (server?.pid !== undefined) process.kill(-server.pid, 'SIGTERM');
  rmSync(site, { recursive: true, force: true });
  rmSync(outDir, { recursive: true, force: true });
});

async function openReview(): Promise<Page> {
  const page = await browser!.newPage({ locale: 'zh-CN' });
  await page.goto(`${origin}/`);
  await page.waitForFunction(() => document.activeElement?.classList.contains('item') === true);
  return page;
}

const focusedId = (page: Page) => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset['id']);
const statusOf = (page: Page, id: string) => page.locator(`.item[data-id="${id}"]`).getAttribute('data-status');

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

describe('npm run review', () => {
  it.each(['light', 'dark'] as const)('has no WCAG 2.2 A/AA violations in %s mode (axe-core)', async (colorScheme) => {
    const page = await browser!.newPage({ locale: 'zh-CN', colorScheme });
    await page.goto(`${origin}/`);
    await page.evaluate(AXE_SOURCE);
    const results: AxeResults = await page.evaluate(async () =>
      (window as unknown as { axe: typeof import('axe-core') }).axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      }),
    );
    expect(
      results.violations.map((violation) => `${violation.id}: ${violation.nodes[0]?.target.join(' ') ?? ''}`),
    ).toEqual([]);
    expect(results.passes.length).toBeGreaterThan(10);
    await page.close();
  });

  it('accepts one, rejects one and corrects one with the keyboard only; the YAML holds exactly that', async () => {
    const before = records();
    expect(before.length).toBeGreaterThanOrEqual(4);
    expect(before.every((record) => !record.reviewed)).toBe(true);
    const page = await openReview();
    await expect.poll(() => page.locator('#progress').innerText()).toBe(`已审核 0 / ${before.length}`);

    const accepted = await focusedId(page);
    await page.keyboard.press('a');
    await expect.poll(() => statusOf(page, accepted!)).toBe('accepted');

    const rejected = await focusedId(page);
    expect(rejected).not.toBe(accepted);
    await page.keyboard.press('r');
    await expect.poll(() => statusOf(page, rejected!)).toBe('rejected');

    const corrected = await focusedId(page);
    await page.keyboard.press('e');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('测试改正的指标');
    await page.keyboard.press('Enter');
    await expect.poll(() => statusOf(page, corrected!)).toBe('accepted');
    await expect.poll(() => page.locator('#progress').innerText()).toBe(`已审核 3 / ${before.length}`);

    const after = records();
    expect(after.map((record) => record.id)).toEqual(before.map((record) => record.id));
    const decided = after.filter((record) => record.reviewed);
    expect(decided.map((record) => [record.id, record.rejected])).toEqual(
      before
        .filter((record) => [accepted, rejected, corrected].includes(record.id))
        .map((record) => [record.id, record.id === rejected]),
    );
    expect(after.find((record) => record.id === corrected)?.indicator).toBe('测试改正的指标');
    expect(readFileSync(targetsFile, 'utf8')).toMatch(/^# 讲话中的数字目标与实绩/);
    expect(runNpm(['check'], { JIANBAO_CONTENT_DIR: site }).status).toBe(0);
  });

  it('refuses a quote that is not in the speech, says why, and keeps the typed text', async () => {
    const page = await openReview();
    const before = readFileSync(targetsFile, 'utf8');
    const id = await focusedId(page);
    await page.keyboard.press('e');
    for (let i = 0; i < 5; i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.getAttribute('name'))).toBe(
      'quote',
    );
    // The figure stays in the quote; the words added are not in the speech.
    await page.keyboard.press('End');
    await page.keyboard.type('，这半句讲话里没有');
    await page.keyboard.press('Control+Enter');
    const note = page.locator(`.item[data-id="${id}"] .item-message`);
    await expect.poll(() => note.innerText()).toMatch(/没有保存.*引文在讲话.*找不到/s);
    expect(await page.locator(`.item[data-id="${id}"] textarea[name="quote"]`).inputValue()).toMatch(
      /，这半句讲话里没有$/,
    );
    expect(readFileSync(targetsFile, 'utf8')).toBe(before);
  });

  it('refuses a unit that does not exist, with the list of units', async () => {
    const page = await openReview();
    const before = readFileSync(targetsFile, 'utf8');
    const answer = await page.evaluate(async () => {
      const item = document.querySelector<HTMLElement>('.item[data-status="unreviewed"]')!;
      const section = item.closest<HTMLElement>('.speech')!;
      const response = await fetch('/api/decide', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          speech: section.dataset['speech'],
          id: item.dataset['id'],
          version: section.dataset['version'],
          action: 'correct',
          fields: { unit: '光年' },
        }),
      });
      return { status: response.status, body: (await response.json()) as { problems: string[] } };
    });
    expect(answer.status).toBe(422);
    expect(answer.body.problems.join('\n')).toMatch(/未知单位“光年”。可用单位：[^\n]*亿元、/);
    expect(readFileSync(targetsFile, 'utf8')).toBe(before);
  });

  it('refuses a save from a second tab opened before the first one saved, with a clear message', async () => {
    const first = await openReview();
    const second = await openReview();
    await first.keyboard.press('a');
    await expect.poll(() => first.locator('.item[data-status="accepted"]').count()).toBeGreaterThan(2);
    const written = readFileSync(targetsFile, 'utf8');
    const id = await focusedId(second);
    await second.keyboard.press('r');
    const note = second.locator(`.item[data-id="${id}"] .item-message`);
    await expect.poll(() => note.innerText()).toMatch(/已在别处被修改.*没有保存.*请刷新页面/s);
    await expect.poll(() => second.getByRole('alert').innerText()).toMatch(/已在别处被修改/);
    expect(readFileSync(targetsFile, 'utf8')).toBe(written);
    expect(runNpm(['check'], { JIANBAO_CONTENT_DIR: site }).status).toBe(0);
  });

  it('publishes the accepted records and none of the others', { timeout: 300_000 }, () => {
    const built = runNpm(['build', '--', '--outDir', outDir], { JIANBAO_CONTENT_DIR: site });
    expect(built.output).not.toMatch(/✖/);
    expect(built.status, built.output.slice(-3000)).toBe(0);
    const published = JSON.parse(readFileSync(join(outDir, 'data', 'targets.json'), 'utf8')) as {
      id?: string;
      indicator: string;
    }[];
    const accepted = records().filter((record) => record.reviewed && !record.rejected);
    expect(published.map((row) => row.indicator).sort()).toEqual(accepted.map((record) => record.indicator).sort());
    expect(published.map((row) => row.indicator)).toContain('测试改正的指标');
  });
});
