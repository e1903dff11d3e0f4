import { describe, expect, it } from 'vitest';
import { pendingByDate, pendingList } from '@/lib/search/pending';

describe('pendingList', () => {
  it('hands out results in order, a page at a time', async () => {
    const pending = pendingList(['a', 'b', 'c']);
    await expect(pending.take(2)).resolves.toEqual(['a', 'b']);
    expect(pending.size()).toBe(1);
    await expect(pending.take(2)).resolves.toEqual(['c']);
  });
});

describe('pendingByDate', () => {
  it('merges per-shard lists newest first, asking each date once', async () => {
    const dates: Record<string, string> = { a: '2024-08-21', b: '2019', c: '2022-04', d: '2022' };
    const asked: string[] = [];
    const pending = pendingByDate(
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
      (item) => {
        asked.push(item);
        return Promise.resolve(dates[item]!);
      },
    );
    expect(pending.size()).toBe(4);
    await expect(pending.take(3)).resolves.toEqual(['a', 'c', 'd']);
    await expect(pending.take(3)).resolves.toEqual(['b']);
    expect(asked.sort()).toEqual(['a', 'b', 'c', 'd']);
  });
});
