import { describe, expect, it } from 'vitest';
import { pageUrl, paginateItems } from '@/lib/pages/paginate';

describe('paginateItems', () => {
  it('splits 45 speeches into pages of 20, 20 and 5', () => {
    const pages = paginateItems(
      Array.from({ length: 45 }, (_, i) => i),
      20,
    );
    expect(pages.map((p) => [p.page, p.items.length, p.pageCount])).toEqual([
      [1, 20, 3],
      [2, 20, 3],
      [3, 5, 3],
    ]);
    expect(pages[2]?.items[0]).toBe(40);
  });

  it('still gives an empty list one page to render', () => {
    expect(paginateItems([], 20)).toEqual([{ items: [], page: 1, pageCount: 1 }]);
  });

  it('refuses a page size that is not a positive whole number', () => {
    expect(() => paginateItems([1], 0)).toThrow(RangeError);
    expect(() => paginateItems([1], 2.5)).toThrow(RangeError);
  });
});

describe('pageUrl', () => {
  it('uses the list address for page 1 and numbered addresses after it', () => {
    expect(pageUrl('/themes/projects/', 1)).toBe('/themes/projects/');
    expect(pageUrl('/themes/projects/', 2)).toBe('/themes/projects/2/');
    expect(pageUrl('/speeches/year/2022/', 3, 'page/')).toBe('/speeches/year/2022/page/3/');
  });
});
