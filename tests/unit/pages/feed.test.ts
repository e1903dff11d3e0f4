import { describe, expect, it } from 'vitest';
import { FEED_LIMIT, toFeedItems } from '@/lib/pages/feed';

const names = new Map([
  ['opening-up', '开放'],
  ['projects', '项目'],
]);
const speech = (
  slug: string,
  date: { iso: string; precision: 'day' | 'month' | 'year'; year: number; month?: number; day?: number },
) => ({
  slug,
  data: { title: `标题 ${slug}`, summary: '摘要。', kind: '讲话' },
  date,
  themes: ['opening-up', 'projects'],
});

describe('toFeedItems', () => {
  it('publishes month- and year-only dates as their first day at UTC midnight', () => {
    const items = toFeedItems(
      [
        speech('a', { iso: '2022-04', precision: 'month', year: 2022, month: 4 }),
        speech('b', { iso: '2019', precision: 'year', year: 2019 }),
      ],
      names,
    );
    expect(items.map((i) => i.pubDate.toISOString())).toEqual(['2022-04-01T00:00:00.000Z', '2019-01-01T00:00:00.000Z']);
  });

  it('links to the speech page and names its kind and themes as categories', () => {
    const [item] = toFeedItems(
      [speech('a', { iso: '2024-08-21', precision: 'day', year: 2024, month: 8, day: 21 })],
      names,
    );
    expect(item).toEqual({
      title: '标题 a',
      link: '/speeches/a/',
      pubDate: new Date(Date.UTC(2024, 7, 21)),
      description: '摘要。',
      categories: ['讲话', '开放', '项目'],
    });
  });

  it(`keeps only the newest ${FEED_LIMIT} speeches`, () => {
    const many = Array.from({ length: FEED_LIMIT + 5 }, (_, i) =>
      speech(`s${i}`, { iso: '2024', precision: 'year', year: 2024 }),
    );
    const items = toFeedItems(many, names);
    expect(items).toHaveLength(FEED_LIMIT);
    expect(items[0]?.link).toBe('/speeches/s0/');
  });
});
