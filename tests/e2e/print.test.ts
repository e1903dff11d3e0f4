import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useE2eSite } from '../support/e2e';

const site = useE2eSite();

/**
 * Pixels of a canvas by colour: coloured (the marks), black (text in the print palette, #000; the
 * dark scheme's darkest colour, #1c1f23 behind its figures, is not), painted at all.
 */
async function countPixels(canvas: Locator): Promise<{ coloured: number; black: number; painted: number }> {
  return canvas.evaluate((element) => {
    const canvasElement = element as HTMLCanvasElement;
    const context = canvasElement.getContext('2d');
    const counts = { coloured: 0, black: 0, painted: 0 };
    if (!context || canvasElement.width === 0 || canvasElement.height === 0) return counts;
    const { data } = context.getImageData(0, 0, canvasElement.width, canvasElement.height);
    for (let p = 0; p < data.length; p += 4) {
      const [r = 0, g = 0, b = 0, a = 0] = [data[p], data[p + 1], data[p + 2], data[p + 3]];
      if (a === 0) continue;
      counts.painted++;
      if (Math.abs(r - g) > 40 || Math.abs(g - b) > 40) counts.coloured++;
      if (a > 200 && r < 16 && g < 16 && b < 16) counts.black++;
    }
    return counts;
  });
}

/** Image objects in a PDF: Chromium embeds each drawn canvas as one. */
function pdfImages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Subtype\s*\/Image\b/g) ?? []).length;
}

async function drawnCharts(page: Page): Promise<number> {
  return page.locator('indicator-chart[data-drawn], target-chart[data-drawn]').count();
}

describe('printing a chart page', () => {
  it('prints an indicator page with its chart: shown, redrawn in the print palette (dark text on white), not blank', async () => {
    // Dark mode on screen: a chart drawn for the screen would print light text on white paper.
    const page = await site.newPage({ viewport: { width: 1280, height: 900 }, colorScheme: 'dark' });
    await page.goto(`${site.origin}/indicators/qu-gdp/`);
    await page.locator('indicator-chart[data-drawn]').waitFor({ state: 'attached' });
    const canvas = page.locator('indicator-chart canvas');
    const onScreen = await countPixels(canvas);
    expect(onScreen.black, 'on a dark screen the chart has no black text').toBeLessThan(50);

    await page.emulateMedia({ media: 'print' });
    await expect(canvas.isVisible()).resolves.toBe(true);
    const box = await canvas.boundingBox();
    expect(box!.width).toBeGreaterThan(200);
    expect(box!.height).toBeGreaterThan(100);
    await page.waitForFunction(
      (element) => {
        const context = (element as HTMLCanvasElement).getContext('2d');
        if (!context) return false;
        const { data } = context.getImageData(0, 0, (element as HTMLCanvasElement).width, 40);
        return data.some((value, index) => index % 4 === 3 && value > 0);
      },
      await canvas.elementHandle(),
      { timeout: 10_000 },
    );
    const printed = await countPixels(canvas);
    expect(printed.coloured, 'marks in colour').toBeGreaterThan(200);
    expect(printed.black, 'axis text and figures in black').toBeGreaterThan(200);
    // The table of the same marks prints too; the site's navigation does not.
    await expect(page.locator('.indicator-marks').isVisible()).resolves.toBe(true);
    await expect(page.locator('.site-header nav').isVisible()).resolves.toBe(false);

    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdfImages(pdf), 'the chart is in the PDF').toBeGreaterThanOrEqual(1);
  });

  it('prints every chart of /indicators/, not only those the reader scrolled to', async () => {
    const page = await site.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${site.origin}/indicators/`);
    await page.locator('indicator-chart[data-drawn]').first().waitFor({ state: 'attached' });
    const total = await page.locator('indicator-chart, target-chart').count();
    expect(await drawnCharts(page), 'charts below the first screen wait to be drawn').toBeLessThan(total);

    // Printing starts the rest (beforeprint); undrawn boxes are left out of that first print.
    await page.pdf({ format: 'A4' });
    await page.waitForFunction((count) => document.querySelectorAll('[data-drawn]').length === count, total, {
      timeout: 30_000,
    });
    await page.emulateMedia({ media: 'print' });
    for (const canvas of await page.locator('indicator-chart canvas, target-chart canvas').all()) {
      await expect(canvas.isVisible()).resolves.toBe(true);
    }
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdfImages(pdf)).toBeGreaterThanOrEqual(total);
  });
});
