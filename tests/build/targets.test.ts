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

describe('figure links on speech pages', () => {
  it('links the paragraph of every published figure to its row, and the row states that figure', () => {
    for (const row of rows) {
      const url = new URL(row.url);
      const html = read(fileForUrlPath(url.pathname, files) ?? `${url.pathname}index.html`);
      const paragraphId = url.hash.slice(1).replace(/-s\d+$/, '');
      const aside =
        new RegExp(`<p id="${paragraphId}"[\\s\\S]*?<div class="para-aside">([\\s\\S]*?)</div>`).exec(html)?.[1] ?? '';
      const rowIds = [...aside.matchAll(/class="figure-link" href="#(figure-\d+)"/g)].map((m) => m[1]!);
      const stating = rowIds.filter((id) => visibleText(elementById(html, id) ?? '').includes(row.stated));
      expect(stating.length, `${row.url} ${row.stated}`).toBeGreaterThan(0);
    }
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

/** content/comparisons.yaml, the declarations the only multi-indicator charts must match. */
const declarations = (
  parseYaml(readFileSync(path.join(PROJECT_ROOT, settings.contentDir, 'comparisons.yaml'), 'utf8')) as {
    id: string;
    speech: string;
    rows: { target: string; actuals?: string[] }[];
  }[]
).map((declaration) => ({
  ...declaration,
  // Each declared row as the sentence links and figures of its records, target first.
  rows: declaration.rows.map((row) =>
    [row.target, ...(row.actuals ?? [])].map((id) => {
      const record = rows.find((candidate) => candidate.speech === declaration.speech && candidate['record_id'] === id);
      return record ? `${new URL(record.url).pathname}${new URL(record.url).hash}|${record.stated}` : `missing ${id}`;
    }),
  ),
}));

/** Every <canvas> of the site with the element that draws it and the figure around it. */
const canvases = [...files]
  .filter((file) => file.endsWith('.html'))
  .flatMap((file) =>
    [...read(file).matchAll(/<figure\b([^>]*)>([\s\S]*?)<\/figure>/g)]
      .filter((figure) => figure[2]!.includes('<canvas'))
      .map((figure) => ({
        file,
        comparison: /data-comparison="([^"]+)"/.exec(figure[1]!)?.[1] ?? null,
        indicator: /data-indicator="([^"]+)"/.exec(figure[1]!)?.[1] ?? null,
        element: /<(target-chart|indicator-chart)\b/.exec(figure[2]!)?.[1] ?? null,
        data: /data-chart="([^"]+)"/.exec(figure[2]!)?.[1] ?? null,
      })),
  );

describe('charts that put several indicators on one axis', () => {
  it('every canvas of the site is one indicator’s chart or a declared comparison', () => {
    expect(canvases.length).toBeGreaterThan(5);
    const allCanvases = [...files]
      .filter((file) => file.endsWith('.html'))
      .reduce((sum, file) => sum + (read(file).match(/<canvas\b/g) ?? []).length, 0);
    expect(canvases).toHaveLength(allCanvases);
    for (const canvas of canvases) {
      if (canvas.element === 'indicator-chart') expect(canvas.indicator, canvas.file).not.toBeNull();
      else {
        expect(canvas.element, canvas.file).toBe('target-chart');
        expect(
          declarations.map((declaration) => declaration.id),
          canvas.file,
        ).toContain(canvas.comparison);
      }
    }
  });

  it('draws a declared comparison exactly as declared: its rows are the declared records, in order', () => {
    const comparisons = canvases.filter((canvas) => canvas.comparison !== null);
    expect(comparisons.map((canvas) => canvas.file)).toEqual(
      expect.arrayContaining(['indicators/index.html', 'speeches/2022-quwei-shijie-sici-quanhui/index.html']),
    );
    for (const canvas of comparisons) {
      const declaration = declarations.find((d) => d.id === canvas.comparison)!;
      const chart = JSON.parse(visibleText(canvas.data!)) as {
        rows: {
          targetHref: string | null;
          targetStated: string | null;
          actualHref: string | null;
          actualStated: string | null;
        }[];
      };
      const drawn = chart.rows.flatMap((row) =>
        [
          row.targetHref === null ? null : `${row.targetHref}|${row.targetStated}`,
          row.actualHref === null ? null : `${row.actualHref}|${row.actualStated}`,
        ].filter((mark) => mark !== null),
      );
      expect(drawn, canvas.file).toEqual(declaration.rows.flat());
      expect(drawn.some((mark) => mark.startsWith('missing'))).toBe(false);
    }
  });

  it('draws no comparison on theme pages or elsewhere a person did not put one', () => {
    const pages = new Set(canvases.filter((canvas) => canvas.comparison !== null).map((canvas) => canvas.file));
    const allowed = new Set(['indicators/index.html', ...declarations.map((d) => `speeches/${d.speech}/index.html`)]);
    expect([...pages].filter((page) => !allowed.has(page))).toEqual([]);
  });
});

/** One mark of an indicator chart, as <indicator-chart data-chart> carries it. */
interface ChartData {
  id: string;
  indicatorId: string;
  periodLabels: string[];
  series: { key: string; label: string; points: { period: number; value: number; stated: string; href: string }[] }[];
}

const indicatorRows = JSON.parse(read('data/indicators.json')) as { id: string; url: string; statements: string[] }[];
const indicatorPages = [...files].filter((file) => /^indicators\/[^/]+\/index\.html$/.test(file));
const charts = [...files]
  .filter((file) => file.endsWith('.html'))
  .flatMap((file) =>
    [...read(file).matchAll(/<figure\b[^>]*data-indicator="([^"]+)"[\s\S]*?<\/figure>/g)].map((figure) => ({
      file,
      indicator: figure[1]!,
      html: figure[0],
      data: /data-chart="([^"]+)"/.exec(figure[0])
        ? (JSON.parse(visibleText(/data-chart="([^"]+)"/.exec(figure[0])![1]!)) as ChartData)
        : null,
    })),
  );

/** Whether a site link (`/speeches/x/#p-1-s2`, `/indicators/qu-gdp/#data-qu-2`) reaches an element that exists. */
function reaches(link: string): boolean {
  const url = new URL(link, 'https://example.org');
  const file = fileForUrlPath(decodeURIComponent(url.pathname), files);
  if (!file) return false;
  return url.hash === '' || elementById(read(file), decodeURIComponent(url.hash.slice(1))) !== undefined;
}

describe('indicator charts', () => {
  it('draws charts on the indicator pages: one per page, none on /targets/', () => {
    const drawn = charts.filter((chart) => chart.data !== null);
    expect(drawn.length).toBeGreaterThan(5);
    expect(charts.some((chart) => chart.file === 'targets/index.html')).toBe(false);
    for (const file of indicatorPages)
      expect(charts.filter((chart) => chart.file === file).length, file).toBeLessThanOrEqual(1);
  });

  it('never mixes indicators: every mark of a chart is a statement of its own indicator', () => {
    // Several figures share a sentence (生产总值800亿元 … 失业率5.5%以内): a mark is its link and its figure.
    const indicatorOf = new Map(
      rows.map((row) => [`${new URL(row.url).pathname}${new URL(row.url).hash}|${row.stated}`, row['indicator_id']]),
    );
    for (const chart of charts.filter((c) => c.data !== null)) {
      expect(chart.data!.indicatorId, chart.file).toBe(chart.indicator);
      for (const point of chart.data!.series.flatMap((series) => series.points)) {
        if (point.href.startsWith('/speeches/'))
          expect(indicatorOf.get(`${point.href}|${point.stated}`), point.href).toBe(chart.indicator);
        else expect(point.href.startsWith(`/indicators/${chart.indicator}/#data-`), point.href).toBe(true);
      }
    }
  });

  it('links every mark to an existing sentence or data row', () => {
    const broken = charts
      .flatMap((chart) => chart.data?.series.flatMap((series) => series.points.map((point) => point.href)) ?? [])
      .filter((href) => !reaches(href));
    expect(broken).toEqual([]);
  });

  it('holds the same marks in the chart and in the table beside it', () => {
    for (const chart of charts.filter((c) => c.data !== null)) {
      const fromChart = chart.data!.series.flatMap((series) =>
        series.points.map((point) =>
          [chart.data!.periodLabels[point.period], series.label, point.stated, point.href].join(' | '),
        ),
      );
      const fromTable = [...chart.html.matchAll(/<tr data-value="[^"]*"[^>]*>([\s\S]*?)<\/tr>/g)].map((row) => {
        const cells = [...row[1]!.matchAll(/<t[hd]\b[^>]*>([\s\S]*?)<\/t[hd]>/g)].map((cell) =>
          visibleText(cell[1]!).trim(),
        );
        const href = /href="([^"]+)"/.exec(row[1]!)?.[1] ?? '';
        return [...cells, visibleText(href)].join(' | ');
      });
      expect(fromTable, chart.file).toEqual(fromChart);
    }
  });

  it('shows a lone figure as a card, not a one-mark chart', () => {
    for (const chart of charts.filter((c) => c.data !== null)) {
      const marks = chart.data!.series.flatMap((series) => series.points).length;
      expect(marks, chart.file).toBeGreaterThan(1);
    }
    expect(read('indicators/zz-hitech-preschool-inclusive-rate/index.html')).toMatch(
      /class="figure-card"[\s\S]*93%以上/,
    );
  });
});

describe('the scorecard', () => {
  const targetRows = rows.filter((row) => row.kind === 'target');

  it('shows the status counts before the table on /targets/, adding up to every target', () => {
    const html = read('targets/index.html');
    const summary = html.indexOf('class="status-counts');
    expect(summary).toBeGreaterThan(0);
    expect(summary).toBeLessThan(html.indexOf('class="scorecard"'));
    const counts = [...html.slice(summary).matchAll(/<span class="n"[^>]*>(\d+)<\/span>/g)]
      .slice(0, 6)
      .map((m) => Number(m[1]));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(targetRows.length);
  });

  it('gives every target a status with its reason, and no actual a status', () => {
    const labels: Record<string, string> = {
      met: '已实现',
      nearly: '基本实现',
      missed: '未实现',
      'in-progress': '进行中',
      awaiting: '待公布',
      unknown: '无法判断',
    };
    for (const row of targetRows) {
      expect(labels[String(row['status'])], row.url).toBe(row['status_label']);
      expect(String(row['status_reason'])).toContain(`目标 ${row.stated}`);
    }
    for (const row of rows.filter((r) => r.kind === 'actual')) expect(row['status']).toBeNull();
  });

  it('never judges a masked target, and judges met or missed only against a published actual', () => {
    for (const row of targetRows.filter((r) => r.value === null)) expect(row['status'], row.url).toBe('unknown');
    for (const row of targetRows.filter((r) => ['met', 'nearly', 'missed'].includes(String(r['status']))))
      expect(row['actual_url'], row.url).toMatch(/^https?:\/\//);
  });

  it('links every row of the 落实情况 table to existing sentences or data rows', () => {
    const html = read('targets/index.html');
    const table = html.slice(html.indexOf('class="scorecard"'));
    const links = [...table.matchAll(/href="([^"]+)"/g)].map((m) => visibleText(m[1]!));
    expect(links.length).toBeGreaterThan(targetRows.length);
    expect(links.filter((link) => !reaches(link))).toEqual([]);
  });

  it('has a filter page for each status, strength and year that has targets', () => {
    for (const status of new Set(targetRows.map((row) => String(row['status']))))
      expect(files.has(`targets/status/${status}/index.html`), status).toBe(true);
    for (const strength of new Set(targetRows.map((row) => String(row.strength))))
      expect(files.has(`targets/strength/${strength}/index.html`), strength).toBe(true);
    for (const year of new Set(targetRows.map((row) => row.period.slice(0, 4))))
      expect(files.has(`targets/year/${year}/index.html`), year).toBe(true);
  });
});

describe('/data/indicators.json', () => {
  it('lists every indicator of content/indicators.yaml with its page', () => {
    const yaml = parseYaml(readFileSync(path.join(PROJECT_ROOT, 'content/indicators.yaml'), 'utf8')) as {
      id: string;
    }[];
    expect(indicatorRows.map((row) => row.id)).toEqual(yaml.map((entry) => entry.id));
    for (const row of indicatorRows) expect(files.has(`indicators/${row.id}/index.html`), row.id).toBe(true);
  });

  it('agrees with /data/targets.json on which records state each indicator', () => {
    for (const indicator of indicatorRows) {
      const stating = rows.filter((row) => row['indicator_id'] === indicator.id);
      expect(indicator.statements.length, indicator.id).toBe(stating.length);
    }
    expect(rows.find((row) => row.stated === '1500亿元')?.['indicator_id']).toBe('qu-gdp');
  });
});
