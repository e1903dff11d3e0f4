import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { FEED_LIMIT } from '@/lib/pages/feed';
import { slugFromFileName } from '@/lib/speech/slug';
import { readDist } from '../support/dist';
import { readSearchFragments, readSearchManifest } from '../support/search-index';
import { PROJECT_ROOT } from '../../scripts/lib/site-files';

// The speeches staff put in content/: every one that is not a draft must reach the reader.
const SPEECHES = join(PROJECT_ROOT, 'content', 'speeches');
const published = readdirSync(SPEECHES, { recursive: true })
  .map(String)
  .filter((file) => /\.mdx?$/.test(file))
  .map((file) => ({ file, data: matter(readFileSync(join(SPEECHES, file), 'utf8'), {}).data }))
  .filter(({ data }) => data['draft'] !== true)
  .map(({ file, data }) => (typeof data['slug'] === 'string' ? data['slug'] : slugFromFileName(file)))
  .sort();

describe('every speech in content/ reaches the reader', () => {
  it('has speeches to check', () => {
    expect(published.length).toBeGreaterThanOrEqual(5);
  });

  it('has a page for each speech', () => {
    for (const slug of published) expect(readDist(`speeches/${slug}/index.html`)).toContain('class="speech-body"');
  });

  it('lists each speech once in /data/speeches.json', () => {
    const records = JSON.parse(readDist('data/speeches.json')) as { slug: string }[];
    expect(records.map((record) => record.slug).sort()).toEqual(published);
  });

  it(`puts each speech in /rss.xml, up to the feed's documented limit of ${FEED_LIMIT}`, () => {
    const links = [...readDist('rss.xml').matchAll(/<item>[\s\S]*?<link>[^<]*\/speeches\/([^/<]+)\/<\/link>/g)].map(
      (match) => match[1],
    );
    expect(links).toHaveLength(Math.min(published.length, FEED_LIMIT));
    if (published.length <= FEED_LIMIT) expect([...links].sort()).toEqual(published);
  });

  it('indexes each speech for search', () => {
    const urls = readSearchFragments().map((fragment) => fragment.url);
    expect(readSearchManifest().pages).toBe(published.length);
    expect(urls.sort()).toEqual(published.map((slug) => `/speeches/${slug}/`));
  });
});
