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
 * Chinese headers) and an invented later report of seed 003's organization: the seed content has
 * no published statistics and no restated target, so only fixtures show what a data file and a
 * revision change. Built for a fixed day, so statuses do not move with the calendar.
 */
beforeAll(() => {
  contentDir = mkdtempSync(join(tmpdir(), 'jianbao-indicators-'));
  outDir = mkdtempSync(join(tmpdir(), 'jianbao-indicators-dist-'));
  cpSync(join(ROOT, 'content'), contentDir, { recursive: true });
  mkdirSync(join(contentDir, 'data'), { recursive: true });
  cpSync(join(ROOT, 'tests/fixtures/indicators/valid-gbk.csv'), join(contentDir, 'data', 'qu-2022.csv'));
  const later = join(ROOT, 'tests/fixtures/indicators/later-report');
  cpSync(join(later, '2023-01-test-report.md'), join(contentDir, 'speeches', '2023-01-test-report.md'));
  cpSync(join(later, '2023-01-test-report.yaml'), join(contentDir, 'targets', '2023-01-test-report.yaml'));
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

describe('a build with a later report that revises a target and leaves one out', { timeout: 180_000 }, () => {
  const rows = () => JSON.parse(read('data/targets.json')) as Record<string, unknown>[];

  it('marks the raised target and the one the later report no longer states, in the open data', () => {
    expect(rows().find((row) => row['speech'] === '2023-01-test-report')).toMatchObject({
      record_id: 'p-2-s1/1600亿元',
      revision: 'raised',
      revision_label: '调高',
      dropped_in: null,
    });
    expect(rows().find((row) => row['record_id'] === 'p-23-s1/15%')).toMatchObject({
      indicator_id: 'qu-economy-share-of-city',
      dropped_in: '2023-01-test-report',
      revision: null,
    });
    // 1500亿元 was restated (raised), so it was not left out.
    expect(rows().find((row) => row['record_id'] === 'p-23-s1/1500亿元')).toMatchObject({ dropped_in: null });
  });

  it('shows both in the indicator pages’ revision history, linked to the sentences and the later report', () => {
    const share = read('indicators/qu-economy-share-of-city/index.html');
    expect(share).toMatch(/class="change-dropped"[\s\S]*?未再提及[\s\S]*?href="\/speeches\/2023-01-test-report\/"/);
    expect(share).toContain('href="/speeches/2023-01-test-report/#p-2-s1"');
    const gdp = read('indicators/qu-gdp/index.html');
    expect(gdp).toMatch(/class="change-raised"[\s\S]*?调高[\s\S]*?href="\/speeches\/2023-01-test-report\/#p-2-s1"/);
    expect(read('targets/index.html')).toContain('未再提及');
  });

  it('publishes a feed per indicator, linked from its page, with an item per sentence and per data row', () => {
    const page = read('indicators/qu-gdp/index.html');
    expect(page).toMatch(/<link rel="alternate" type="application\/rss\+xml"[^>]*href="\/indicators\/qu-gdp\/rss.xml"/);
    const feed = read('indicators/qu-gdp/rss.xml');
    expect(feed).toMatch(/^<\?xml[^>]*\?><\?xml-stylesheet[^>]*\?><rss\b/);
    const links = [...feed.matchAll(/<item>[\s\S]*?<link>([^<]+)<\/link>/g)].map((match) => match[1]!);
    expect(links.length).toBeGreaterThanOrEqual(4);
    expect(new Set(links).size, 'a reader keys items by link').toBe(links.length);
    // Newest first: the data row released 2023-03-20, then the report of January 2023.
    expect(links.slice(0, 2)).toEqual([
      'https://jianbao.example.gov.cn/indicators/qu-gdp/#data-qu-2022-2',
      'https://jianbao.example.gov.cn/speeches/2023-01-test-report/#p-2-s1',
    ]);
    // Every link reaches an element of the built site: its page exists and has the anchor.
    for (const link of links) {
      const url = new URL(link);
      const html = read(`${decodeURIComponent(url.pathname).slice(1)}index.html`);
      expect(html, link).toContain(`id="${decodeURIComponent(url.hash.slice(1))}"`);
    }
    expect(feed).toContain('调高（此前 1500亿元）');
  });
});
