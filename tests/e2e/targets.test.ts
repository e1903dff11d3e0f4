import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parseCsvRecords } from '../support/csv';
import { watchPage } from '../support/browser';
import { useE2eSite } from '../support/e2e';

const site = useE2eSite();

/** One bar row of a chart, as the <target-chart data-chart> JSON feeds it (the declared comparisons of content/comparisons.yaml). */
interface ChartRow {
  label: string | string[];
  target: number | number[] | null;
  actual: number | number[] | null;
  targetStated: string | null;
  actualStated: string | null;
  targetHref: string | null;
  actualHref: string | null;
}

/** What a chart row and a table row must agree on: the kind, the figure as stated, the sentence it links to. */
interface Statement {
  key: string;
  indicator: string;
}

const clean = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();

async function statementsInChart(chart: Locator): Promise<Statement[]> {
  const data = JSON.parse((await chart.getAttribute('data-chart')) ?? '{}') as { rows?: ChartRow[] };
  return (data.rows ?? []).flatMap((row) => {
    const indicator = clean(Array.isArray(row.label) ? row.label[0] : row.label);
    return (['target', 'actual'] as const)
      .filter((kind) => row[kind] !== null)
      .map((kind) => {
        const stated = kind === 'target' ? row.targetStated : row.actualStated;
        const href = kind === 'target' ? row.targetHref : row.actualHref;
        return { key: [kind, clean(stated), href ?? ''].join(' | '), indicator };
      });
  });
}

/** Rows of the table in the same figure; masked figures (XX亿元) are in the table only, by design. */
async function statementsInTable(figure: Locator): Promise<Statement[]> {
  const rows = await figure.locator('table tbody tr').evaluateAll((trs) =>
    trs.map((tr) => ({
      kind: tr.classList.contains('actual') ? 'actual' : 'target',
      indicator: tr.querySelector('th')?.textContent ?? '',
      figure: tr.querySelector('.figure')?.textContent ?? '',
      href: tr.querySelector('a[href*="/speeches/"]')?.getAttribute('href') ?? '',
    })),
  );
  return rows
    .filter((row) => !/[Xx×＊*]/.test(row.figure))
    .map((row) => ({ key: [row.kind, clean(row.figure), row.href].join(' | '), indicator: clean(row.indicator) }));
}

/** Waits until a canvas has coloured pixels: a blank or failed chart leaves every pixel transparent or grey. */
async function waitForColour(page: Page, canvas: Locator): Promise<void> {
  const handle = await canvas.elementHandle();
  await page.waitForFunction(
    (element) => {
      const canvasElement = element as HTMLCanvasElement;
      const context = canvasElement.getContext('2d');
      if (!context || canvasElement.width === 0 || canvasElement.height === 0) return false;
      const { data } = context.getImageData(0, 0, canvasElement.width, canvasElement.height);
      let coloured = 0;
      for (let p = 0; p < data.length; p += 4) {
        const [r = 0, g = 0, b = 0, a = 0] = [data[p], data[p + 1], data[p + 2], data[p + 3]];
        if (a > 0 && (Math.abs(r - g) > 40 || Math.abs(g - b) > 40)) coloured++;
      }
      return coloured > 200;
    },
    handle,
    { timeout: 10_000 },
  );
}

const PHONE = { viewport: { width: 375, height: 812 } };

describe('the scorecard at /targets/ on a 375 px phone', () => {
  it('shows the status summary, every count, on the first screen', async () => {
    const page = await site.newPage(PHONE);
    await page.goto(`${site.origin}/targets/`);
    const counts = page.locator('.status-counts li');
    expect(await counts.count()).toBe(6);
    for (let i = 0; i < 6; i++) {
      const box = await counts.nth(i).boundingBox();
      expect(box, `count ${i}`).not.toBeNull();
      expect(box!.y + box!.height, `count ${i} ends below the first screen`).toBeLessThanOrEqual(812);
      expect(box!.x + box!.width).toBeLessThanOrEqual(375);
    }
    await expect(page.locator('.status-counts').textContent()).resolves.toMatch(/待公布/);
  });

  it('takes a reader from the summary to the targets of one status, without JavaScript', async () => {
    const page = await site.newPage({ ...PHONE, javaScriptEnabled: false });
    await page.goto(`${site.origin}/targets/`);
    const link = page.locator('.status-counts a').first();
    const label = clean(await link.locator('.label').textContent());
    const count = Number(await link.locator('.n').textContent());
    await link.click();
    await page.waitForURL(/\/targets\/status\/[a-z-]+\/$/);
    await expect(page.locator('h1').textContent()).resolves.toContain(label);
    expect(await page.locator('table.scorecard tbody tr').count()).toBe(count);
  });
});

describe('indicator charts on a 375 px phone', () => {
  it('draws every chart with every figure and period label uncut, and the chart and its table hold the same marks', async () => {
    const page = await site.newPage(PHONE);
    const problems = watchPage(page);
    await page.goto(`${site.origin}/indicators/`);
    const charts = page.locator('indicator-chart');
    const count = await charts.count();
    // The seeds have five indicators stated in more than one period.
    expect(count).toBeGreaterThanOrEqual(5);
    for (let i = 0; i < count; i++) {
      const chart = charts.nth(i);
      await chart.evaluate((element) => {
        element.scrollIntoView({ block: 'center' });
      });
      const canvas = chart.locator('canvas');
      await canvas.waitFor({ state: 'visible' });
      await waitForColour(page, canvas);
      const data = JSON.parse((await chart.getAttribute('data-chart')) ?? '{}') as {
        caption: string;
        periodLabels: string[];
        series: { label: string; points: { period: number; stated: string; href: string }[] }[];
      };
      await expect(canvas.getAttribute('data-labels-fit'), data.caption).resolves.toBe('true');
      await expect(canvas.getAttribute('data-ticks'), data.caption).resolves.toBe(String(data.periodLabels.length));
      const box = await canvas.boundingBox();
      expect(box!.x + box!.width, data.caption).toBeLessThanOrEqual(375);

      const figure = chart.locator('xpath=ancestor::figure[1]');
      const table = await figure.locator('table tbody tr').evaluateAll((rows) =>
        rows.map((row) =>
          [...row.querySelectorAll('th, td')]
            .map((cell) => cell.textContent.trim())
            .concat(row.querySelector('a')?.getAttribute('href') ?? '')
            .join(' | '),
        ),
      );
      const marks = data.series.flatMap((series) =>
        series.points.map((point) =>
          [data.periodLabels[point.period], series.label, point.stated, point.href].join(' | '),
        ),
      );
      expect(table, data.caption).toEqual(marks);
    }
    expect(problems.list).toEqual([]);
  });
});

describe('the declared comparison on /indicators/, and the open data', () => {
  it('draws the comparison once it scrolls into view: coloured pixels, every figure and label whole at 375 px', async () => {
    const page = await site.newPage(PHONE);
    const problems = watchPage(page);
    await page.goto(`${site.origin}/indicators/`);
    const charts = page.locator('target-chart');
    const count = await charts.count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) {
      // The chart box stays hidden until the element is near the viewport, so scroll the element itself.
      await charts.nth(i).evaluate((element) => {
        element.scrollIntoView({ block: 'center' });
      });
      const canvas = charts.nth(i).locator('canvas');
      await canvas.waitFor({ state: 'visible' });
      await waitForColour(page, canvas);
      const rows = (JSON.parse((await charts.nth(i).getAttribute('data-chart')) ?? '{}') as { rows: unknown[] }).rows;
      await expect(canvas.getAttribute('data-labels-fit')).resolves.toBe('true');
      await expect(canvas.getAttribute('data-labels-cut')).resolves.toBe('false');
      await expect(canvas.getAttribute('data-ticks')).resolves.toBe(String(rows.length));
      const box = await canvas.boundingBox();
      expect(box!.x + box!.width).toBeLessThanOrEqual(375);
    }
    expect(problems.list).toEqual([]);
  });

  it('lists in the comparison’s table the same statements, figures and source links the chart draws', async () => {
    const page = await site.newPage();
    await page.goto(`${site.origin}/indicators/`);
    const figures = page.locator('figure:has(target-chart)');
    const count = await figures.count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) {
      const figure = figures.nth(i);
      const caption = clean(await figure.locator('figcaption').first().textContent());
      const chart = await statementsInChart(figure.locator('target-chart'));
      const table = await statementsInTable(figure);
      expect(chart.length, caption).toBeGreaterThan(0);
      expect(table.map((row) => row.key).sort(), caption).toEqual(chart.map((row) => row.key).sort());
      // The table's row header names the indicator the bar is labelled with (plus context such as the place).
      // Two targets may share a sentence and a figure (规上工业增加值 and 固定资产投资 both 11%): match the name too.
      for (const bar of chart) {
        const named = table.some((row) => row.key === bar.key && row.indicator.includes(bar.indicator));
        expect(named, `${caption}: ${bar.indicator} ${bar.key}`).toBe(true);
      }
    }
  });

  it('downloads /data/targets.csv as UTF-8 with a BOM, holding the same records as /data/targets.json', async () => {
    const page = await site.newPage({ acceptDownloads: true });
    await page.goto(`${site.origin}/targets/`);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('main a[href="/data/targets.csv"]').first().click(),
    ]);
    expect(download.suggestedFilename()).toBe('targets.csv');
    const bytes = await readFile(await download.path());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);

    const records = parseCsvRecords(bytes.toString('utf8'));
    const json = (await (await fetch(`${site.origin}/data/targets.json`)).json()) as Record<string, unknown>[];
    expect(records.length).toBeGreaterThan(20);
    expect(records.length).toBe(json.length);
    const fields = [
      'speech',
      'speech_title',
      'indicator',
      'value',
      'unit',
      'bound',
      'kind',
      'period',
      'strength',
      'quote',
      'url',
      'themes',
      'reviewed',
      'indicator_id',
      'status',
      'status_label',
      'status_reason',
      'actual_value',
      'actual_source',
      'actual_url',
    ];
    expect(Object.keys(records[0]!)).toEqual(expect.arrayContaining(fields));
    records.forEach((record, i) => {
      const fromJson = json[i]!;
      expect(record['quote'], `row ${i + 2}`).toBe(fromJson['quote']);
      expect(record['url'], `row ${i + 2}`).toBe(fromJson['url']);
      expect(record['unit'], `row ${i + 2}`).toBe(fromJson['unit']);
      const value = fromJson['value'];
      expect(record['value'] === '' ? null : Number(record['value']), `row ${i + 2}`).toBe(value);
      expect(record['url'], `row ${i + 2}`).toMatch(/\/speeches\/[^/]+\/#p-\d+(-s\d+)?$/);
      expect(record['status_label'], `row ${i + 2}`).toBe(fromJson['status_label'] ?? '');
    });
  });

  it('takes a reader from a table row to the sentence that states the target, highlighted', async () => {
    const page = await site.newPage();
    await page.goto(`${site.origin}/targets/`);
    const link = page.locator('table.scorecard a[href*="/speeches/"][href*="-s"]').first();
    const href = (await link.getAttribute('href')) ?? '';
    await link.click();
    await page.waitForURL((url) => url.pathname + url.hash === href);
    const sentence = page.locator(new URL(href, site.origin).hash);
    await expect(sentence.evaluate((element) => element.matches(':target'))).resolves.toBe(true);
    const highlight = await sentence.evaluate((element) => {
      const style = getComputedStyle(element);
      return { background: style.backgroundColor, outline: style.outlineStyle, shadow: style.boxShadow };
    });
    expect(
      highlight.background !== 'rgba(0, 0, 0, 0)' || highlight.outline !== 'none' || highlight.shadow !== 'none',
      JSON.stringify(highlight),
    ).toBe(true);
  });
});
