import { describe, expect, it } from 'vitest';
import { computeStatus, periodEndDate, type StatusActual, type StatusTarget } from '@/lib/targets/status';

const TODAY = '2026-12-03';

function target(fields: Partial<StatusTarget> & Pick<StatusTarget, 'stated'>): StatusTarget {
  return { value: 0, upper: null, unit: '%', bound: 'exact', period: '2022', ...fields };
}
const actual = (value: number | null, stated: string, unit: StatusActual['unit'] = '%'): StatusActual => ({
  value,
  unit,
  stated,
});

describe('computeStatus', () => {
  it.each([
    // [case, target, actual, direction, status, reason]
    [
      '7%左右 met by 7.2% (within ±0.5 points)',
      target({ value: 7, bound: 'about', stated: '7%左右' }),
      actual(7.2, '7.2%'),
      'higher',
      'met',
      '目标 7%左右，实绩 7.2%，在 ±0.5 个百分点内',
    ],
    [
      '7%左右 exceeded by 8% on the better side',
      target({ value: 7, bound: 'about', stated: '7%左右' }),
      actual(8, '8%'),
      'higher',
      'met',
      '目标 7%左右，实绩 8%，好于目标 1 个百分点',
    ],
    [
      '7%左右 nearly met by 6.2%',
      target({ value: 7, bound: 'about', stated: '7%左右' }),
      actual(6.2, '6.2%'),
      'higher',
      'nearly',
      '目标 7%左右，实绩 6.2%，差 0.8 个百分点，超出 ±0.5 个百分点',
    ],
    [
      '7%左右 missed by 5.9%',
      target({ value: 7, bound: 'about', stated: '7%左右' }),
      actual(5.9, '5.9%'),
      'higher',
      'missed',
      '目标 7%左右，实绩 5.9%，差 1.1 个百分点，超出 ±0.5 个百分点',
    ],
    [
      '5.5%左右 unemployment: 6% is worse when lower is better',
      target({ value: 5.5, bound: 'about', stated: '5.5%左右' }),
      actual(6.6, '6.6%'),
      'lower',
      'missed',
      '目标 5.5%左右，实绩 6.6%，差 1.1 个百分点，超出 ±0.5 个百分点',
    ],
    [
      '5.5%左右 unemployment: 4.8% is better when lower is better',
      target({ value: 5.5, bound: 'about', stated: '5.5%左右' }),
      actual(4.8, '4.8%'),
      'lower',
      'met',
      '目标 5.5%左右，实绩 4.8%，好于目标 0.7 个百分点',
    ],
    [
      '9%以上 met by 9.6%',
      target({ value: 9, bound: 'at-least', stated: '9 %以上' }),
      actual(9.6, '9.6%'),
      'higher',
      'met',
      '目标 9 %以上，实绩 9.6%，不低于目标',
    ],
    [
      '9%以上 nearly met by 8.7%',
      target({ value: 9, bound: 'at-least', stated: '9%以上' }),
      actual(8.7, '8.7%'),
      'higher',
      'nearly',
      '目标 9%以上，实绩 8.7%，低于目标 0.3 个百分点，在 ±0.5 个百分点以内',
    ],
    [
      '9%以上 missed by 7.9%',
      target({ value: 9, bound: 'at-least', stated: '9%以上' }),
      actual(7.9, '7.9%'),
      'higher',
      'missed',
      '目标 9%以上，实绩 7.9%，低于目标 1.1 个百分点，超出 ±0.5 个百分点',
    ],
    [
      '以上 binds even for a lower-is-better indicator',
      target({ value: 9, bound: 'at-least', stated: '9%以上' }),
      actual(9.5, '9.5%'),
      'lower',
      'met',
      '目标 9%以上，实绩 9.5%，不低于目标',
    ],
    [
      '5.5%以内 met by 5.2%',
      target({ value: 5.5, bound: 'at-most', stated: '5.5%以内' }),
      actual(5.2, '5.2%'),
      'lower',
      'met',
      '目标 5.5%以内，实绩 5.2%，不高于目标',
    ],
    [
      '5.5%以内 nearly met by 5.8%',
      target({ value: 5.5, bound: 'at-most', stated: '5.5%以内' }),
      actual(5.8, '5.8%'),
      'lower',
      'nearly',
      '目标 5.5%以内，实绩 5.8%，高于目标 0.3 个百分点，在 ±0.5 个百分点以内',
    ],
    [
      '以内 binds even for a higher-is-better indicator',
      target({ value: 5.5, bound: 'at-most', stated: '5.5%以内' }),
      actual(6.5, '6.5%'),
      'higher',
      'missed',
      '目标 5.5%以内，实绩 6.5%，高于目标 1 个百分点，超出 ±0.5 个百分点',
    ],
    [
      'exact 11% met by 11.6% when higher is better',
      target({ value: 11, stated: '11%' }),
      actual(11.6, '11.6%'),
      'higher',
      'met',
      '目标 11%，实绩 11.6%，不低于目标',
    ],
    [
      'exact 11% missed by 10.1% when higher is better',
      target({ value: 11, stated: '11%' }),
      actual(10.1, '10.1%'),
      'higher',
      'missed',
      '目标 11%，实绩 10.1%，低于目标 0.9 个百分点，超出 ±0.5 个百分点',
    ],
    [
      'exact 3% met by 2.5% when lower is better',
      target({ value: 3, stated: '3%' }),
      actual(2.5, '2.5%'),
      'lower',
      'met',
      '目标 3%，实绩 2.5%，不高于目标',
    ],
    [
      'exact 3% missed by 4% when lower is better',
      target({ value: 3, stated: '3%' }),
      actual(4, '4%'),
      'lower',
      'missed',
      '目标 3%，实绩 4%，高于目标 1 个百分点，超出 ±0.5 个百分点',
    ],
    [
      'range 3-5个 met by 4 (higher: at least the lower end)',
      target({ value: 3, upper: 5, unit: '个', bound: 'range', stated: '3-5个' }),
      actual(4, '4个', '个'),
      'higher',
      'met',
      '目标 3-5个，实绩 4个，不低于目标',
    ],
    [
      'range 3-5个 missed by 2',
      target({ value: 3, upper: 5, unit: '个', bound: 'range', stated: '3-5个' }),
      actual(2, '2个', '个'),
      'higher',
      'missed',
      '目标 3-5个，实绩 2个，低于目标 33.3%，超出 ±5%',
    ],
    [
      'range 3-5% met by 4.8% when lower is better (at most the upper end)',
      target({ value: 3, upper: 5, bound: 'range', stated: '3-5%' }),
      actual(4.8, '4.8%'),
      'lower',
      'met',
      '目标 3-5%，实绩 4.8%，不高于目标',
    ],
    [
      'range 3-5% nearly met by 5.3% when lower is better',
      target({ value: 3, upper: 5, bound: 'range', stated: '3-5%' }),
      actual(5.3, '5.3%'),
      'lower',
      'nearly',
      '目标 3-5%，实绩 5.3%，高于目标 0.3 个百分点，在 ±0.5 个百分点以内',
    ],
    [
      '800亿元 nearly met by 780亿元 (97.5%)',
      target({ value: 800, unit: '亿元', stated: '800亿元' }),
      actual(780, '780亿元', '亿元'),
      'higher',
      'nearly',
      '目标 800亿元，实绩 780亿元，低于目标 2.5%，在 ±5%以内',
    ],
    [
      '800亿元左右 met by 8,200,000万元 (units of one base compare)',
      target({ value: 800, unit: '亿元', bound: 'about', stated: '800亿元左右' }),
      actual(8_200_000, '8200000万元', '万元'),
      'higher',
      'met',
      '目标 800亿元左右，实绩 8200000万元，在 ±5%内',
    ],
  ] as const)('%s', (_name, goal, result, direction, status, reason) => {
    expect(computeStatus(goal, result, direction, TODAY)).toMatchObject({ status, reason });
  });

  it('reports completion for amounts and not for rates', () => {
    const amount = computeStatus(
      target({ value: 800, unit: '亿元', stated: '800亿元' }),
      actual(700, '700亿元', '亿元'),
      'higher',
      TODAY,
    );
    expect(amount.completion).toBe(87.5);
    const rate = computeStatus(target({ value: 11, stated: '11%' }), actual(11.6, '11.6%'), 'higher', TODAY);
    expect(rate.completion).toBeNull();
  });

  it('is in progress while the period runs, whatever the actual', () => {
    const result = computeStatus(
      target({ value: 1500, unit: '亿元', period: '2027', stated: '1500亿元' }),
      null,
      'higher',
      TODAY,
    );
    expect(result).toEqual({
      status: 'in-progress',
      reason: '目标 1500亿元，目标期2027年尚未结束（截至2026年12月3日）',
      completion: null,
    });
    expect(computeStatus(target({ value: 5, period: '2026', stated: '5%' }), null, 'higher', '2026-12-31').status).toBe(
      'in-progress',
    );
    expect(
      computeStatus(target({ value: 5, period: '2026-H1', stated: '5%' }), null, 'higher', '2026-07-01').status,
    ).toBe('awaiting');
  });

  it('awaits an actual once the period is over', () => {
    expect(computeStatus(target({ value: 30, unit: '亿元', stated: '30亿元' }), null, 'higher', TODAY)).toEqual({
      status: 'awaiting',
      reason: '目标 30亿元，目标期已结束，尚未见到实绩',
      completion: null,
    });
  });

  it('never judges a masked target or a masked actual', () => {
    expect(
      computeStatus(
        target({ value: null, unit: '亿元', stated: '****亿元' }),
        actual(700, '700亿元', '亿元'),
        'higher',
        TODAY,
      ),
    ).toMatchObject({ status: 'unknown', reason: '目标 ****亿元：数字原文隐去，无法判断' });
    expect(computeStatus(target({ value: 11, stated: '11%' }), actual(null, 'X%'), 'higher', TODAY)).toMatchObject({
      status: 'unknown',
      reason: '目标 11%，实绩 X%：实绩数字原文隐去，无法判断',
    });
  });

  it('refuses to compare figures of different units', () => {
    expect(
      computeStatus(target({ value: 11, stated: '11%' }), actual(700, '700亿元', '亿元'), 'higher', TODAY).status,
    ).toBe('unknown');
  });
});

describe('periodEndDate', () => {
  it.each([
    ['2024', '2024-12-31'],
    ['2024-H1', '2024-06-30'],
    ['2024-H2', '2024-12-31'],
    ['2022-Q1', '2022-03-31'],
    ['2022-Q3', '2022-09-30'],
    ['2024-02', '2024-02-29'],
    ['2023-02', '2023-02-28'],
  ])('ends %s on %s', (period, end) => {
    expect(periodEndDate(period)).toBe(end);
  });
});
