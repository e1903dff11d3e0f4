import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSearchFragments, readSearchManifest } from '../support/search-index';
import { INDEX_CHUNK_LOCATIONS } from '../../src/integrations/search-index-config';
import { normalizeForSearch } from '../../src/lib/search/normalize';
import { cleanIndexedText, readAnchors } from '../../src/lib/search/results';
import { DIST_DIR } from '../../scripts/lib/site-files';

// Asserts on the dist/ that `npm run build` wrote (run it first), or on JIANBAO_DIST.
const DIST = DIST_DIR;
const manifest = readSearchManifest();

function speechPages(): string[] {
  return readdirSync(join(DIST, 'speeches'))
    .filter((slug) => existsSync(join(DIST, 'speeches', slug, 'index.html')))
    .filter((slug) => readFileSync(join(DIST, 'speeches', slug, 'index.html'), 'utf8').includes('class="speech-body"'))
    .map((slug) => `/speeches/${slug}/`);
}

describe('search index in dist/', () => {
  const fragments = readSearchFragments();

  it('indexes exactly the speech pages the site publishes', () => {
    expect(fragments.map((fragment) => fragment.url).sort()).toEqual(speechPages().sort());
    expect(manifest.pages).toBe(fragments.length);
  });

  it('writes each shard as a Pagefind 1.6.0 bundle of pre-segmented ("en") words', () => {
    for (const shard of manifest.shards) {
      const entry = JSON.parse(readFileSync(join(DIST, shard.path, 'pagefind-entry.json'), 'utf8')) as {
        version: string;
        languages: Record<string, unknown>;
      };
      expect(entry.version).toBe('1.6.0');
      expect(Object.keys(entry.languages)).toEqual(['en']);
    }
    expect(existsSync(join(DIST, 'pagefind', 'pagefind.js'))).toBe(true);
  });

  it('gives every page its title, date and the four filters', () => {
    for (const fragment of fragments) {
      expect(fragment.meta['title']).toBeTruthy();
      expect(fragment.meta['date']).toMatch(/^\d{4}(-\d{2}){0,2}$/);
      expect(fragment.filters['year']).toHaveLength(1);
      expect(fragment.filters['kind']).toHaveLength(1);
      expect(Object.keys(fragment.filters)).toEqual(expect.arrayContaining(['year', 'kind']));
    }
    expect(fragments.some((fragment) => (fragment.filters['theme'] ?? []).length > 0)).toBe(true);
  });

  it('keeps paragraph anchors for sub-results, and the policy terms as whole words', () => {
    const withZongbaoqu = fragments.filter((fragment) => fragment.content.includes('综 保 区'));
    expect(withZongbaoqu.length).toBeGreaterThan(0);
    for (const fragment of withZongbaoqu) {
      expect(fragment.anchors.some((anchor) => /^p-\d+$/.test(anchor.id))).toBe(true);
      expect(fragment.content).toMatch(/⁂.*综保区/s);
    }
  });

  it("stores each block's text once: its anchor is an empty mark at the block's first word", () => {
    let blocks = 0;
    for (const fragment of fragments) {
      expect(fragment.anchors.every((anchor) => anchor.text === '')).toBe(true);
      const html = readFileSync(join(DIST, fragment.url, 'index.html'), 'utf8');
      for (const anchor of readAnchors(fragment.content, fragment.anchors)) {
        if (!/^p-\d+$/.test(anchor.id)) continue;
        // The block's text as read back is the paragraph the speech page shows under that id.
        const onPage = new RegExp(`<p id="${anchor.id}"[^>]*>([\\s\\S]*?)</p>`).exec(html)?.[1];
        const text = (value: string) => normalizeForSearch(value.replace(/<[^>]+>/g, '')).replace(/\s+/g, '');
        expect(cleanIndexedText(anchor.text)).not.toBe('');
        expect(text(onPage ?? '')).toContain(cleanIndexedText(anchor.text).replace(/\s+/g, ''));
        blocks++;
      }
    }
    expect(blocks).toBeGreaterThan(fragments.length);
  });

  it('cuts the word index into chunks of INDEX_CHUNK_LOCATIONS word locations, as Pagefind was told', () => {
    for (const shard of manifest.shards) {
      const shardFragments = fragments.filter((fragment) => fragment.shard === shard.path);
      const locations = shardFragments.reduce((sum, fragment) => sum + fragment.content.split(' ').length, 0);
      const chunks = readdirSync(join(DIST, shard.path, 'index')).length;
      // Pagefind closes a chunk once its words' locations (plus one per page of each word) reach
      // the limit, and never splits a word, so a common character's chunk may hold more: between
      // half and twice locations / limit. Pagefind's default (20,000) would give far fewer.
      expect(chunks).toBeLessThanOrEqual(Math.ceil((2 * locations) / INDEX_CHUNK_LOCATIONS) + 1);
      expect(chunks).toBeGreaterThanOrEqual(Math.floor(locations / INDEX_CHUNK_LOCATIONS / 2));
    }
  });

  it('ships the search dictionary with the theme terms', () => {
    expect(manifest.dictionary).toEqual(expect.arrayContaining(['综保区', '专精特新', '三个一批', '营商环境']));
  });
});

describe('pages and script', () => {
  it('loads the search script on the search page, and none on speech pages without a chart', () => {
    const search = readFileSync(join(DIST, 'search', 'index.html'), 'utf8');
    expect(search).toContain('<site-search');
    expect(search).toMatch(/<script type="module"/);
    for (const url of speechPages()) {
      const html = readFileSync(join(DIST, url, 'index.html'), 'utf8');
      if (!html.includes('<target-chart')) expect(html).not.toMatch(/<script\b/);
      expect(html).not.toContain('/pagefind/');
    }
  });
});
