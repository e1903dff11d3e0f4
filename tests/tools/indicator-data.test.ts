import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runNpm } from './run';

const ROOT = new URL('../../', import.meta.url).pathname;
let contentDir = '';
let outDir = '';
let build: ReturnType<typeof runNpm>;

/**
 * The real content plus a data file of invented figures (tests/fixtures/indicators/, GBK with
 * Chinese headers): the seed content has no published statistics, so only a fixture shows what
 * a data file changes. Built for a fixed day, so statuses do not move with the calendar.
 */
beforeAll(() => {
  contentDir = mkdtempSync(join(tmpdir(), 'jianbao-indicators-'));
  outDir = mkdtempSync(join(tmpdir(), 'jianbao-indicators-dist-'));
  cpSync(join(ROOT, 'content'), contentDir, { recursive: true });
  mkdirSync(join(contentDir, 'data'), { recursive: true });
  cpSync(join(ROOT, 'tests/fixtures/indicators/valid-gbk.csv'), join(contentDir, 'data', 'qu-2022.csv'));
  build = runNpm(['build', '--', '--outDir', outDir], {
    JIANBAO_CONTENT_DIR: contentDir,
    JIANBAO_BUILD_DATE: '2026-12-03',
  });
});

afterAll(() => {
  rmSync(contentDir, { recursive: true, force: true });
  rmSync(outDir, { recursive: true, force: true });
});

const read = (file: string) => readFileSync(join(outDir, file), 'utf8');

describe('a build with a data file of actuals', { timeout: 180_000 }, () => {
  it('succeeds', () => {
    expect(build.output).not.toMatch(/\[ERROR\]/);
    expect(build.status).toBe(0);
  });

  it('judges the targets of the period against the data file, with the reason and the source', () => {
    const rows = JSON.parse(read('data/targets.json')) as Record<string, unknown>[];
    const gdp = rows.find((row) => row['stated'] === '800亿元' && row['indicator_id'] === 'qu-gdp')!;
    expect(gdp).toMatchObject({
      status: 'met',
      status_label: '已实现',
      status_reason: '目标 800亿元，实绩 1012.5亿元，不低于目标',
      actual_value: 1012.5,
      actual_source: 'data',
      actual_url: 'https://example.org/bulletin-2022',
      completion: 126.6,
    });
    const retail = rows.find((row) => row['indicator_id'] === 'qu-retail-sales-growth' && row['kind'] === 'target')!;
    expect(retail).toMatchObject({
      status: 'nearly',
      status_reason: '目标 9 %以上，实绩 8.7%，低于目标 0.3 个百分点，在 ±0.5 个百分点以内',
    });
  });

  it('shows the data row on the indicator page, where the chart and the scorecard link to it', () => {
    const page = read('indicators/qu-gdp/index.html');
    expect(page).toMatch(/<tr id="data-qu-2022-2"[^>]*>[\s\S]*?1012.5[\s\S]*?测试用统计公报（虚构）/);
    expect(page).toContain('href="/indicators/qu-gdp/#data-qu-2022-2"');
    expect(read('targets/index.html')).toContain('href="/indicators/qu-gdp/#data-qu-2022-2"');
    expect(existsSync(join(outDir, 'targets/status/met/index.html'))).toBe(true);
  });
});
