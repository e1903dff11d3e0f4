import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkLinks, type LinkCheck } from '../support/links';
import { DIST_DIR, readSiteOrigin, requireDist } from '../../scripts/lib/site-files';

const ORIGIN = 'https://jianbao.example.gov.cn';
const page = (body: string): string =>
  `<!DOCTYPE html><html lang="zh-CN"><head><title>t</title></head><body>${body}</body></html>`;

const scratchDirs: string[] = [];
afterAll(async () => {
  await Promise.all(scratchDirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

/** A tiny site: a speech with paragraph p-1, plus the given extra files. */
async function checkSite(files: Record<string, string>): Promise<LinkCheck> {
  const dist = await mkdtemp(path.join(tmpdir(), 'jianbao-links-'));
  scratchDirs.push(dist);
  const all = { 'index.html': page(''), 'speeches/a/index.html': page('<p id="p-1">段落</p>'), ...files };
  for (const [file, content] of Object.entries(all)) {
    await mkdir(path.dirname(path.join(dist, file)), { recursive: true });
    await writeFile(path.join(dist, file), content);
  }
  return checkLinks(dist, ORIGIN);
}

describe('checkLinks', () => {
  it('accepts links to existing pages and paragraph anchors, relative, root-relative or absolute', async () => {
    const result = await checkSite({
      'themes/x/index.html': page(
        `<a href="/speeches/a/#p-1">1</a><a href="../../speeches/a/">2</a><a href="${ORIGIN}/speeches/a/#p-1">3</a>` +
          '<a href="https://other.example.org/missing/">external</a><a href="mailto:a@b.cn">mail</a>',
      ),
    });
    expect(result).toEqual({ checked: 3 });
  });

  it('reports a link to a page that was never built', async () => {
    const result = await checkSite({ 'themes/x/index.html': page('<a href="/speeches/b/">b</a>') });
    expect(result.broken).toEqual({
      source: 'themes/x/index.html',
      link: '/speeches/b/',
      reason: 'no file in dist/ answers /speeches/b/',
    });
  });

  it('reports a paragraph anchor that the target page does not have', async () => {
    const result = await checkSite({ 'themes/x/index.html': page('<a href="/speeches/a/#p-2">p2</a>') });
    expect(result.broken?.reason).toBe('dist/speeches/a/index.html has no element with id="p-2"');
  });

  it('exempts text fragments but still checks the element before them', async () => {
    const ok = await checkSite({
      'search/index.html': page(
        '<a href="/speeches/a/#:~:text=%E6%AE%B5">t</a><a href="/speeches/a/#p-1:~:text=x">u</a>',
      ),
    });
    expect(ok).toEqual({ checked: 2 });
    const broken = await checkSite({ 'search/index.html': page('<a href="/speeches/a/#p-9:~:text=x">t</a>') });
    expect(broken.broken?.reason).toContain('id="p-9"');
  });

  it('checks addresses in feeds, sitemaps and JSON data files', async () => {
    const feed = await checkSite({
      'rss.xml': `<rss><channel><item><link>${ORIGIN}/speeches/c/</link></item></channel></rss>`,
    });
    expect(feed.broken?.link).toBe(`${ORIGIN}/speeches/c/`);
    const data = await checkSite({
      'data/targets.json': JSON.stringify([{ quote: '/不是链接', url: '/speeches/a/#p-1-s3' }]),
    });
    expect(data.broken).toEqual({
      source: 'data/targets.json',
      link: '/speeches/a/#p-1-s3',
      reason: 'dist/speeches/a/index.html has no element with id="p-1-s3"',
    });
  });
});

describe('the built site', () => {
  it('has no broken internal link or #fragment in any file of dist/', async () => {
    requireDist();
    const result = await checkLinks(DIST_DIR, await readSiteOrigin());
    const broken = result.broken;
    expect(broken && `dist/${broken.source} links to ${broken.link}, but ${broken.reason}`).toBeUndefined();
    // Every page links at least to the home page, the three sections and the feed.
    expect(result.checked).toBeGreaterThan(100);
  });
});
