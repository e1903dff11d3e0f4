import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { settings } from '../../src/settings';
import { parseCsv } from '../support/csv';
import { visibleText } from '../support/dist';
import { DIST_DIR, PROJECT_ROOT, fileForUrlPath, listDistFiles, requireDist } from '../../scripts/lib/site-files';

/** The open-data record, as /data/targets.json publishes it. */
interface TargetRow {
  speech: string;
  indicator: string;
  value: number | null;
  unit: string;
  stated: string;
  kind: string;
  period: string;
  quote: string;
  url: string;
  themes: string[];
  reviewed: boolean;
  [field: string]: unknown;
}

requireDist();
const files = new Set(await listDistFiles());
const read = (file: string) => readFileSync(path.join(DIST_DIR, file), 'utf8');
const rows = JSON.parse(read('data/targets.json')) as TargetRow[];
const drafts = settings.drafts;

/** The inner HTML of the element with this id, nested elements included. */
function elementById(html: string, id: string): string | undefined {
  const open = new RegExp(`<([a-z][a-z0-9]*)\\b[^>]*\\sid="${id}"[^>]*>`).exec(html);
  if (!open) return undefined;
  const tag = open[1]!;
  const tags = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'g');
  tags.lastIndex = open.index + open[0].length;
  let depth = 1;
  for (let match = tags.exec(html); match; match = tags.exec(html)) {
    depth += match[1] === '/' ? -1 : 1;
    if (depth === 0) return html.slice(open.index + open[0].length, match.index);
  }
  return undefined;
}

describe('/data/targets.json', () => {
  it('is a non-empty array of records with a sentence URL each', () => {
    expect(Array.isArray(rows)).toBe(true);
    expect(rows.length).toBeGreaterThan(100);
    for (const row of rows) expect(row.url, row.quote).toMatch(/\/speeches\/[a-z0-9-]+\/#p-\d+-s\d+$/);
  });

  it('has every quote verbatim in the sentence its URL points to', () => {
    const failures: string[] = [];
    for (const row of rows) {
      const url = new URL(row.url);
      const file = fileForUrlPath(decodeURIComponent(url.pathname), files);
      if (!file) {
        failures.push(`${row.url}: no page`);
        continue;
      }
      const sentence = elementById(read(file), url.hash.slice(1));
      if (sentence === undefined) failures.push(`${row.url}: no element ${url.hash}`);
      else if (!visibleText(sentence).includes(row.quote))
        failures.push(`${row.url}: “${row.quote}” not in “${visibleText(sentence)}”`);
    }
    expect(failures).toEqual([]);
  });

  it('publishes every reviewed record of content/targets, and no rejected one', () => {
    const dir = path.join(PROJECT_ROOT, 'content/targets');
    const published = new Set(rows.map((row) => [row.speech, row.indicator, row.stated, row.quote].join('|')));
    let reviewed = 0;
    for (const name of readdirSync(dir).filter((file) => /\.ya?ml$/.test(file))) {
      const records = parseYaml(readFileSync(path.join(dir, name), 'utf8')) as Record<string, unknown>[];
      for (const record of records) {
        const key = [record['speech'], record['indicator'], record['stated'], record['quote']].join('|');
        if (record['rejected'] === true) expect(published.has(key), `rejected: ${key}`).toBe(false);
        else if (record['reviewed'] === true) {
          reviewed++;
          expect(published.has(key), `missing: ${key}`).toBe(true);
        }
      }
    }
    expect(reviewed).toBeGreaterThan(100);
  });

  it('publishes unreviewed records only in a staff preview', () => {
    expect(rows.some((row) => !row.reviewed)).toBe(drafts && rows.some((row) => !row.reviewed));
    if (!drafts) expect(rows.every((row) => row.reviewed)).toBe(true);
  });

  it('keeps masked figures as null, never as numbers', () => {
    const masked = rows.filter((row) => /[Xx*]/.test(row.stated));
    expect(masked.length).toBeGreaterThan(0);
    for (const row of masked) expect(row.value, row.stated).toBeNull();
  });
});

describe('/data/targets.csv', () => {
  const csv = read('data/targets.csv');
  const [header, ...lines] = parseCsv(csv);

  it('starts with a UTF-8 BOM so that Excel opens it as UTF-8', () => {
    expect(readFileSync(path.join(DIST_DIR, 'data/targets.csv')).subarray(0, 3)).toEqual(
      Buffer.from([0xef, 0xbb, 0xbf]),
    );
  });

  it('has the same records and fields as the JSON', () => {
    expect(header).toEqual(Object.keys(rows[0]!));
    expect(lines).toHaveLength(rows.length);
    lines.forEach((line, index) => {
      const row = rows[index]!;
      const expected = header!.map((field) => {
        const value = row[field] as string | number | boolean | string[] | null;
        return value === null ? '' : Array.isArray(value) ? value.join(';') : String(value);
      });
      expect(line, row.url).toEqual(expected);
    });
  });
});

describe('charts and tables', () => {
  const chartCount = (html: string) => (html.match(/<target-chart\b/g) ?? []).length;
  const tableCount = (html: string) => (html.match(/<table class="target-table/g) ?? []).length;

  it('shows charts with their tables and captions on /targets/ and on each strength filter page', () => {
    const html = read('targets/index.html');
    expect(chartCount(html)).toBeGreaterThan(5);
    expect(tableCount(html)).toBeGreaterThanOrEqual(chartCount(html));
    expect(html).toMatch(/<figcaption id="[^"]+"[^>]*>[^<]+（单位：/);
    for (const strength of ['binding', 'striving'])
      expect(chartCount(read(`targets/${strength}/index.html`))).toBeGreaterThan(0);
  });

  it('shows a chart on each theme page with targets and on each speech page with targets', () => {
    const themed = new Set(rows.flatMap((row) => row.themes));
    expect(themed.size).toBeGreaterThan(0);
    for (const theme of themed) expect(chartCount(read(`themes/${theme}/index.html`)), theme).toBeGreaterThan(0);
    for (const speech of new Set(rows.filter((row) => row.value !== null).map((row) => row.speech))) {
      expect(chartCount(read(`speeches/${speech}/index.html`)), speech).toBeGreaterThan(0);
    }
  });

  it('gives every canvas role="img" and a label, and every row of a chart a link to its sentence', () => {
    const html = read('targets/index.html');
    const canvases = html.match(/<canvas\b[^>]*>/g) ?? [];
    expect(canvases.length).toBe(chartCount(html));
    for (const canvas of canvases)
      expect(canvas).toMatch(/role="img"[^>]*aria-label="[^"]+"|aria-label="[^"]+"[^>]*role="img"/);
    for (const match of html.matchAll(/data-chart="([^"]+)"/g)) {
      const chart = JSON.parse(visibleText(match[1]!)) as {
        rows: { targetHref: string | null; actualHref: string | null }[];
      };
      for (const row of chart.rows) expect(row.targetHref ?? row.actualHref).toMatch(/^\/speeches\/.+#p-\d+-s\d+$/);
    }
  });
});
