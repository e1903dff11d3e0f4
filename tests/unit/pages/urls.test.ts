import { describe, expect, it } from 'vitest';
import { speechFilterUrl, speechPath, themeFeedPath, themePath } from '@/lib/pages/urls';

describe('site paths', () => {
  it('builds a speech page, with and without an anchor', () => {
    expect(speechPath('2024-08-21-gaoxinqu-gaozhiliang-tuijinhui')).toBe(
      '/speeches/2024-08-21-gaoxinqu-gaozhiliang-tuijinhui/',
    );
    expect(speechPath('2019-gaoxinqu-kaifang-chuangxin-diaoyan', 'p-12-s3')).toBe(
      '/speeches/2019-gaoxinqu-kaifang-chuangxin-diaoyan/#p-12-s3',
    );
  });

  it('builds a theme page and its feed', () => {
    expect(themePath('opening-up')).toBe('/themes/opening-up/');
    expect(themeFeedPath('opening-up')).toBe('/themes/opening-up/rss.xml');
  });

  it('builds the speech index filter pages', () => {
    expect(speechFilterUrl({})).toBe('/speeches/');
    expect(speechFilterUrl({ theme: 'innovation', year: 2022 })).toBe('/speeches/theme/innovation/year/2022/');
  });
});
