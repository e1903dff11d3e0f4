import { describe, expect, it } from 'vitest';
import { speechDate as dateOf } from '../dates/fixtures';
import { nameList, summarizeCollection } from '@/lib/pages/collection-summary';

describe('summarizeCollection', () => {
  it('names bodies and places by frequency, redactions shown, and the date range', () => {
    const summary = summarizeCollection([
      { data: { organization: '郑州高新区', region: '河南省郑州市' }, date: dateOf('2024-08-21') },
      { data: { organization: '**市委、市政府', region: '河南省' }, date: dateOf('2022-04') },
      { data: { organization: '*区委常委会', region: '河南省' }, date: dateOf('2022') },
      { data: { region: '河南省' }, date: dateOf('2019') },
    ]);
    expect(summary).toEqual({
      count: 4,
      organizations: ['（原文隐去）区委常委会', '（原文隐去）市委、市政府', '郑州高新区'],
      regions: ['河南省', '河南省郑州市'],
      from: '2019年',
      to: '2024年8月21日',
    });
  });

  it('has no dates and no names for an empty site', () => {
    expect(summarizeCollection([])).toEqual({ count: 0, organizations: [], regions: [] });
  });
});

describe('nameList', () => {
  it('joins up to three names with 、 and adds 等 after', () => {
    expect(nameList(['甲', '乙'])).toBe('甲、乙');
    expect(nameList(['甲', '乙', '丙', '丁'])).toBe('甲、乙、丙等');
  });
});
