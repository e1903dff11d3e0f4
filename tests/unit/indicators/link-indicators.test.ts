import { describe, expect, it } from 'vitest';
import { linkIndicator, matchIndicatorsByName } from '@/lib/indicators/link-indicators';
import { INDICATORS } from './fixtures';

describe('matchIndicatorsByName', () => {
  it.each([
    ['生产总值', '*区委常委会', ['qu-gdp']],
    ['生产总值', '**市委、市政府', ['city-gdp']],
    ['地区生产总值', '*区委常委会', ['qu-gdp']],
    ['规上工业增加值增速', '*区（含高新区）', ['qu-industrial-value-added-growth']],
    ['规模以上工业增加值增速', '*区（含高新区）', ['qu-industrial-value-added-growth']],
    ['规模以上工业增加值增速', '*区（不含高新区）', []],
    ['社会消费品零售总额', '*区（含高新区）', []],
    ['城镇调查失业率', '郑州高新区', []],
  ])('matches %s of %s to %j', (indicator, organization, ids) => {
    expect(matchIndicatorsByName({ indicator, organization }, INDICATORS).map((entry) => entry.id)).toEqual(ids);
  });
});

describe('linkIndicator', () => {
  it('links by an explicit id, whatever the name', () => {
    const link = linkIndicator(
      { indicator: '经济总量', indicatorId: 'qu-gdp', organization: '*区委常委会' },
      INDICATORS,
    );
    expect(link).toMatchObject({ kind: 'linked', by: 'id', indicator: { id: 'qu-gdp' } });
  });

  it('reports an id that content/indicators.yaml lacks', () => {
    expect(
      linkIndicator({ indicator: '生产总值', indicatorId: 'qu-gpd', organization: '*区委常委会' }, INDICATORS),
    ).toEqual({
      kind: 'unknown-id',
      id: 'qu-gpd',
    });
  });

  it('links by name when exactly one entry matches', () => {
    expect(linkIndicator({ indicator: '生产总值', organization: '*区委常委会' }, INDICATORS)).toMatchObject({
      kind: 'linked',
      by: 'name',
      indicator: { id: 'qu-gdp' },
    });
  });

  it('reports a name two entries claim for one organization', () => {
    const twice = [...INDICATORS, { ...INDICATORS[0]!, id: 'qu-gdp-nominal' }];
    const link = linkIndicator({ indicator: '生产总值', organization: '*区委常委会' }, twice);
    expect(link.kind).toBe('ambiguous');
    expect(link.kind === 'ambiguous' && link.candidates.map((entry) => entry.id)).toEqual(['qu-gdp', 'qu-gdp-nominal']);
  });

  it('leaves an unknown name unlinked', () => {
    expect(linkIndicator({ indicator: '游园', organization: '郑州高新区' }, INDICATORS)).toEqual({ kind: 'unlinked' });
  });
});
