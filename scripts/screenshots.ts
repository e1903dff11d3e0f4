/**
 * Screenshots of the pages readers see, at a phone (375 × 812) and a desktop (1280 × 900) size,
 * light and dark, from a built dist/: `npm run screenshots -- <out-dir> [prefix] [page,page…]`
 * (all pages when no names are given; e.g. `… docs/screenshots tracker- targets,indicators,indicator`).
 * First screens only (what a reader sees before scrolling), plus one full page per page at 375.
 */
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './lib/chromium';
import { serveStatic } from './bench/serve-static';

const PAGES: readonly (readonly [string, string])[] = [
  ['home', '/'],
  ['speech', '/speeches/2024-08-21-gaoxinqu-gaozhiliang-tuijinhui/'],
  ['speech-long', '/speeches/2022-quwei-shijie-sici-quanhui/'],
  ['theme', '/themes/projects/'],
  ['themes', '/themes/'],
  ['speeches', '/speeches/'],
  ['search', '/search/'],
  ['data', '/data/'],
  ['targets', '/targets/'],
  ['indicators', '/indicators/'],
  ['indicator', '/indicators/qu-gdp/'],
  ['rss', '/rss.xml'],
  ['404', '/no-such-page/'],
];
const SIZES = [
  [375, 812],
  [1280, 900],
] as const;

const [outDir = 'docs/screenshots', prefix = '', only = ''] = process.argv.slice(2);
const wanted = only === '' ? PAGES : PAGES.filter(([name]) => only.split(',').includes(name));
const server = await serveStatic(path.resolve('dist'));
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
try {
  for (const scheme of ['light', 'dark'] as const) {
    for (const [width, height] of SIZES) {
      const context = await browser.newContext({ viewport: { width, height }, colorScheme: scheme });
      const page = await context.newPage();
      for (const [name, url] of wanted) {
        const response = await page.goto(server.origin + url, { waitUntil: 'load' });
        if (response === null || (response.status() >= 400 && name !== '404')) continue;
        // Charts draw in an idle callback once on screen: wait for those of the first screen.
        await page
          .waitForFunction(
            () =>
              [...document.querySelectorAll('indicator-chart, target-chart')].every(
                (chart) => chart.hasAttribute('data-drawn') || chart.getBoundingClientRect().top > window.innerHeight,
              ),
            undefined,
            { timeout: 10_000 },
          )
          .catch(() => console.warn(`${url}: a chart on the first screen was not drawn within 10 s`));
        // The search page says 正在加载搜索 until its worker has the index: take what a reader then sees.
        await page
          .waitForFunction(
            () => {
              const search = document.querySelector('site-search');
              return search === null || ['done', 'error'].includes(search.getAttribute('data-state') ?? '');
            },
            undefined,
            { timeout: 10_000 },
          )
          .catch(() => console.warn(`${url}: search was still loading after 10 s`));
        const file = path.join(outDir, `${prefix}${name}-${width}-${scheme}.png`);
        await page.screenshot({ path: file });
        console.log(file);
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
