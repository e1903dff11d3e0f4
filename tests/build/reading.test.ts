import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FEED_LIMIT } from '@/lib/pages/feed';
import { classifyPage, DIST_DIR, listHtmlFiles, requireDist, urlPathForFile } from '../../scripts/lib/site-files';

const SPEECHES = new URL('../../content/speeches/', import.meta.url);
const THEMES = ['opening-up', 'innovation', 'business-environment', 'projects'] as const;

const read = (file: string) => readFileSync(path.join(DIST_DIR, file), 'utf8');
const fileOf = (urlPath: string) => `${urlPath.replace(/^\//, '')}index.html`;
const allMatches = (html: string, pattern: RegExp, group = 1) => [...html.matchAll(pattern)].map((m) => m[group] ?? '');

/** Seed 000 (the 2019 research-visit speech) as imported: found by the seed file its import comment names. */
function seedSpeechSlug(seed: string): string {
  const file = readdirSync(SPEECHES).find((name) =>
    readFileSync(new URL(name, SPEECHES), 'utf8').includes(`tests/fixtures/seeds/${seed}`),
  );
  if (file === undefined) throw new Error(`no speech imported from seed ${seed}`);
  return file.replace(/\.mdx?$/, '');
}

let pages: string[] = [];
const ofType = (type: ReturnType<typeof classifyPage>) => pages.filter((p) => classifyPage(p) === type);
/** Theme pages including their later pages (`/themes/projects/2/`). */
const themePages = (slug: string) =>
  pages.filter((p) => p === `/themes/${slug}/` || new RegExp(`^/themes/${slug}/\\d+/$`).test(p));

beforeAll(async () => {
  requireDist();
  pages = (await listHtmlFiles()).map(urlPathForFile);
});

describe('theme pages', () => {
  const slug = seedSpeechSlug('000_');
  // The paragraph anchors come from the built speech page, so the test follows the real numbering.
  const anchorOf = (prefix: string) => {
    const html = read(`speeches/${slug}/index.html`);
    // Sentence anchors may wrap the text: <p id="p-3"><span id="p-3-s1">一要…
    const id = new RegExp(`<p id="(p-\\d+)">(?:<span[^>]*>)?${prefix}`).exec(html)?.[1];
    if (id === undefined) throw new Error(`no paragraph starting with ${prefix} on /speeches/${slug}/`);
    return id;
  };

  it('exist for all four themes, with Chinese titles', () => {
    const names = { 'opening-up': '开放', innovation: '创新', 'business-environment': '营商环境', projects: '项目' };
    for (const theme of THEMES) expect(read(`themes/${theme}/index.html`)).toContain(`<h1>${names[theme]}</h1>`);
  });

  it.each([
    ['opening-up', '一要致力于打造开放高地'],
    ['innovation', '二要致力于推进创新发展'],
    ['business-environment', '三要致力于优化营商环境'],
    ['projects', '四要致力盯住项目这个“牛鼻子”'],
  ])('/themes/%s/ links to seed 000’s paragraph “%s…”', (theme, prefix) => {
    const href = `href="/speeches/${slug}/#${anchorOf(prefix)}"`;
    expect(themePages(theme).some((page) => read(fileOf(page)).includes(href))).toBe(true);
  });

  it('link every passage to an element that exists on the speech page', () => {
    const idsBySpeech = new Map<string, Set<string>>();
    let checked = 0;
    for (const theme of THEMES) {
      for (const page of themePages(theme)) {
        for (const [, speech, id] of read(fileOf(page)).matchAll(/href="\/speeches\/([^/"]+)\/#([^"]+)"/g)) {
          if (!idsBySpeech.has(speech!)) {
            idsBySpeech.set(speech!, new Set(allMatches(read(`speeches/${speech}/index.html`), /\sid="([^"]+)"/g)));
          }
          expect(idsBySpeech.get(speech!), `${page} → /speeches/${speech}/#${id}`).toContain(id);
          checked += 1;
        }
      }
    }
    expect(checked).toBeGreaterThan(THEMES.length);
  });

  it('count passages per year', () => {
    const html = read('themes/projects/index.html');
    expect(html).toMatch(/<table class="year-counts">[\s\S]*2024年[\s\S]*2022年[\s\S]*2019年/);
  });
});

describe('speech pages', () => {
  it('give every paragraph an anchor and a link to it', () => {
    for (const page of ofType('speech')) {
      const html = read(fileOf(page));
      const ids = allMatches(html, /<p id="(p-\d+)"/g);
      expect(ids.length, page).toBeGreaterThan(0);
      for (const id of ids) expect(html, `${page}#${id}`).toContain(`href="#${id}"`);
    }
  });

  it('keep the speech text inside one speech-body element, metadata outside it', () => {
    for (const page of ofType('speech')) {
      const html = read(fileOf(page));
      expect(allMatches(html, /(class="speech-body")/g), page).toHaveLength(1);
      expect(html.indexOf('class="doc-meta"'), page).toBeLessThan(html.indexOf('class="speech-body"'));
    }
  });

  it('show a citation with the permalink', () => {
    const page = ofType('speech')[0]!;
    const html = read(fileOf(page));
    expect(html).toContain('引用本文');
    expect(html).toMatch(new RegExp(`<p class="citation">[^<]*《[^<]+》[^<]*https?://[^<]+${page}</p>`));
  });
});

describe('speech index and feeds', () => {
  const speechPages = () => ofType('speech');

  it('lists every speech on the unfiltered index pages', () => {
    const indexPages = pages.filter((p) => p === '/speeches/' || /^\/speeches\/page\/\d+\/$/.test(p));
    const listed = new Set(
      indexPages.flatMap((p) => allMatches(read(fileOf(p)), /<h2>\s*<a href="(\/speeches\/[^/"]+\/)">/g)),
    );
    expect(speechPages().length).toBeGreaterThan(0);
    for (const speech of speechPages()) expect(listed, speech).toContain(speech);
  });

  it('lists every speech in /rss.xml (or the newest FEED_LIMIT of them)', () => {
    const feed = read('rss.xml');
    const links = allMatches(feed, /<link>https?:\/\/[^/<]+(\/speeches\/[^<]+)<\/link>/g);
    expect(links).toHaveLength(Math.min(speechPages().length, FEED_LIMIT));
    if (speechPages().length <= FEED_LIMIT) expect(new Set(links)).toEqual(new Set(speechPages()));
  });

  it('has one feed per theme listing the speeches of its theme page', () => {
    for (const theme of THEMES) {
      const feed = read(`themes/${theme}/rss.xml`);
      const onPage = new Set(
        themePages(theme).flatMap((p) => allMatches(read(fileOf(p)), /<h3>\s*<a href="(\/speeches\/[^/"]+\/)">/g)),
      );
      const inFeed = allMatches(feed, /<link>https?:\/\/[^/<]+(\/speeches\/[^<]+)<\/link>/g);
      expect(inFeed.length, theme).toBeGreaterThan(0);
      for (const link of inFeed) expect(onPage, `${theme} feed → ${link}`).toContain(link);
    }
  });

  it('filters by theme and year with plain links to pages that exist', () => {
    const known = new Set(pages);
    for (const page of ofType('speech-index')) {
      const filters = /<nav class="filters"[\s\S]*?<\/nav>/.exec(read(fileOf(page)))?.[0] ?? '';
      const links = allMatches(filters, /href="([^"]+)"/g);
      expect(links.length, page).toBeGreaterThan(2);
      for (const link of links) expect(known, `${page} → ${link}`).toContain(link);
    }
  });
});

describe('every page', () => {
  it('is Chinese, with a canonical URL and Open Graph title', () => {
    for (const page of pages) {
      const html = read(page.endsWith('.html') ? page.slice(1) : fileOf(page));
      expect(html, page).toContain('<html lang="zh-CN"');
      if (page === '/404.html') continue;
      expect(html, page).toMatch(new RegExp(`<link rel="canonical" href="https?://[^"/]+${page}"`));
      expect(html, page).toContain('<meta property="og:title"');
    }
  });

  it('carries no <script> unless it shows a chart or is the search page', () => {
    const withScript = pages.filter((page) => {
      if (classifyPage(page) === 'search') return false;
      const html = read(page.endsWith('.html') ? page.slice(1) : fileOf(page));
      return !html.includes('<target-chart') && !html.includes('<indicator-chart') && /<script\b/i.test(html);
    });
    expect(withScript).toEqual([]);
  });

  it('is listed in the sitemap, except the 404 page', () => {
    const sitemap = readdirSync(DIST_DIR)
      .filter((file) => /^sitemap-\d+\.xml$/.test(file))
      .map(read)
      .join('');
    const listed = new Set(allMatches(sitemap, /<loc>https?:\/\/[^/<]+([^<]*)<\/loc>/g));
    for (const page of pages.filter((p) => classifyPage(p) !== 'not-found')) expect(listed, page).toContain(page);
  });
});
