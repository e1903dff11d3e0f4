import { describe, expect, it } from 'vitest';
import { describeSiteProblem, PLACEHOLDER_SITE, readSettings } from '../../src/settings';

describe('readSettings', () => {
  it('gives the defaults for an empty environment', () => {
    expect(readSettings({}, new Date('2026-12-03T23:30:00Z'))).toEqual({
      contentDir: 'content',
      drafts: false,
      searchShardPages: 400,
      searchParallel: 2,
      searchCacheDir: 'node_modules/.cache/jianbao/search-shards',
      site: 'https://jianbao.example.gov.cn',
      buildDate: '2026-12-03',
    });
  });

  it('reads each JIANBAO_ variable', () => {
    expect(
      readSettings({
        JIANBAO_CONTENT_DIR: 'tests/fixtures/site',
        JIANBAO_DRAFTS: '1',
        JIANBAO_SEARCH_SHARD_PAGES: '2',
        JIANBAO_SEARCH_PARALLEL: '1',
        JIANBAO_SEARCH_CACHE_DIR: '/tmp/shards',
        JIANBAO_SITE: 'https://example.org',
        JIANBAO_BUILD_DATE: '2025-01-31',
      }),
    ).toEqual({
      contentDir: 'tests/fixtures/site',
      drafts: true,
      searchShardPages: 2,
      searchParallel: 1,
      searchCacheDir: '/tmp/shards',
      site: 'https://example.org',
      buildDate: '2025-01-31',
    });
  });

  it('publishes drafts only for JIANBAO_DRAFTS=1', () => {
    expect(readSettings({ JIANBAO_DRAFTS: 'true' }).drafts).toBe(false);
  });

  it.each(['2025-1-31', 'today', '2025-13-40'])('refuses JIANBAO_BUILD_DATE=%s, naming the variable', (value) => {
    expect(() => readSettings({ JIANBAO_BUILD_DATE: value })).toThrow(/JIANBAO_BUILD_DATE/);
  });

  it.each(['0', '-3', '2.5', 'many'])('refuses JIANBAO_SEARCH_SHARD_PAGES=%s, naming the variable', (value) => {
    expect(() => readSettings({ JIANBAO_SEARCH_SHARD_PAGES: value })).toThrow(/JIANBAO_SEARCH_SHARD_PAGES/);
  });

  it('refuses JIANBAO_SEARCH_PARALLEL=0, naming the variable', () => {
    expect(() => readSettings({ JIANBAO_SEARCH_PARALLEL: '0' })).toThrow(/JIANBAO_SEARCH_PARALLEL/);
  });
});

describe('describeSiteProblem', () => {
  it('warns, in Chinese and English, while the site address is the placeholder', () => {
    expect(describeSiteProblem(PLACEHOLDER_SITE)).toMatch(/JIANBAO_SITE=https:\/\/你的域名.*Set JIANBAO_SITE/su);
    expect(describeSiteProblem(`${PLACEHOLDER_SITE}/`)).toBeDefined();
  });

  it('says nothing once the real address is set', () => {
    expect(describeSiteProblem('https://jianbao.zhengzhou.gov.cn')).toBeUndefined();
  });
});
