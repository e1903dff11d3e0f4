/**
 * What staff see while the seed site builds: progress per stage, one summary line at the end,
 * and no warning they could not act on. Astro's configuration folder is a fresh one, as on a
 * machine that never built the site, where Astro would otherwise print its telemetry notice.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runNpm, type RunResult } from './run';

const outDir = mkdtempSync(join(tmpdir(), 'jianbao-build-log-'));
const configHome = mkdtempSync(join(tmpdir(), 'jianbao-build-log-config-'));
let build: RunResult;

// A site address is set, as staff set it before publishing: the placeholder warning is one they can act on.
const SITE = 'https://briefing.test';

beforeAll(() => {
  build = runNpm(['build', '--', '--outDir', outDir], { XDG_CONFIG_HOME: configHome, JIANBAO_SITE: SITE });
});
afterAll(() => {
  rmSync(outDir, { recursive: true, force: true });
  rmSync(configHome, { recursive: true, force: true });
});

/** Pages as Astro counts them: every HTML file it wrote (404.html included). */
function countPages(dir: string): number {
  return readdirSync(dir, { withFileTypes: true, recursive: true }).filter(
    (e) => e.isFile() && e.name.endsWith('.html'),
  ).length;
}

describe('the build log of the seed site', () => {
  it('builds', () => {
    expect(build.status, build.output).toBe(0);
  });

  it('prints no warning and no telemetry notice', () => {
    expect(build.output).not.toMatch(/\[WARN\]|warning/i);
    expect(build.output).not.toMatch(/telemetry|anonymous usage/i);
  });

  it('prints no line per page', () => {
    expect(build.output).not.toContain('├─');
    expect(build.output).not.toMatch(/^\s*\(\+\d+m?s\)/m);
  });

  it('shows each stage finished: pages rendered, speeches read, search shards indexed', () => {
    const pages = countPages(outDir);
    expect(build.output).toContain(`页面 pages ${pages} / ${pages} (100%)`);
    expect(build.output).toContain('讲话 speeches read 5 / 5 (100%)');
    expect(build.output).toContain('搜索分片 search shards 1 / 1 (100%)');
  });

  it('ends with one summary line naming pages, speeches, targets, index size and time', () => {
    const pages = countPages(outDir);
    const targets = (JSON.parse(readFileSync(join(outDir, 'data', 'targets.json'), 'utf8')) as unknown[]).length;
    const summaries = build.stdout.split('\n').filter((line) => line.includes('完成 done:'));
    expect(summaries).toHaveLength(1);
    expect(summaries[0]).toMatch(
      new RegExp(
        `完成 done: ${pages} pages 页面 · 5 speeches 讲话 · ${targets} targets 目标 · ` +
          `search index 搜索索引 [\\d.]+ (KB|MB) \\(1 shard\\(s\\), [01] reused 复用\\) · 用时 time \\d+:\\d\\d$`,
      ),
    );
    expect(targets).toBeGreaterThan(0);
  });

  it('leaves its scratch files out of the output', () => {
    expect(readdirSync(outDir).filter((name) => name.startsWith('.') || name === 'index-report.json')).toEqual([]);
  });
});
