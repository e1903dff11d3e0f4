import { describe, expect, it } from 'vitest';
import type { SpeechDate } from '@/lib/dates/speech-date';
import { buildTargetHistory, isEarlier, reviseTargets } from '@/lib/indicators/revisions';
import type { TargetRecord } from '@/lib/schemas/target';
import { selectPublishedTargets, type PublishedTarget, type TargetSpeech } from '@/lib/targets/publish';
import { record } from '../targets/fixtures';

// Invented speeches and figures (fixtures, not content): three reports of one district, a
// report of another organization, and one dated only by its year.
const year = (y: number): SpeechDate => ({ iso: String(y), precision: 'year', year: y });
const month = (y: number, m: number): SpeechDate => ({
  iso: `${y}-${String(m).padStart(2, '0')}`,
  precision: 'month',
  year: y,
  month: m,
});
const day = (y: number, m: number, d: number): SpeechDate => ({
  iso: `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
  precision: 'day',
  year: y,
  month: m,
  day: d,
});
const SPEECHES: TargetSpeech[] = [
  { slug: 'a', title: '测试报告甲', date: month(2023, 1), organization: '*区委' },
  { slug: 'b', title: '测试报告乙', date: month(2023, 7), organization: '*区委' },
  { slug: 'c', title: '测试报告丙', date: month(2023, 12), organization: '*区委' },
  { slug: 'other', title: '测试讲话（他方）', date: month(2023, 7), organization: '**市委' },
  { slug: 'undated', title: '测试报告（只知年份）', date: year(2023), organization: '*区委' },
];

let serial = 0;
/** A target for 2024 of indicator `indicator`; `value: null` is a masked figure. */
function goal(speech: string, indicator: string, fields: Partial<TargetRecord> = {}): TargetRecord {
  serial += 1;
  return record({
    id: `r${serial}`,
    speech,
    indicator,
    value: 100,
    stated: '测试',
    period: '2024',
    quote: 'q',
    anchor: `p-${serial}-s1`,
    ...fields,
  });
}

/** Publishes the records and returns their revisions by record id, keyed by indicator name as in an unlinked scorecard. */
function revise(records: TargetRecord[]) {
  const published = selectPublishedTargets(records, SPEECHES, { includeDrafts: false });
  const revisions = reviseTargets(published, (r: PublishedTarget) => r.indicator);
  const byId = new Map(published.map((target) => [target.id, revisions.get(target)]));
  return (id: string) => {
    const entry = byId.get(id);
    if (entry === undefined) throw new Error(`no revisions for target ${id}`);
    return entry;
  };
}

describe('reviseTargets: raised, lowered, restated', () => {
  it.each([
    ['a higher figure as raised', { value: 100 }, { value: 120 }, 'raised'],
    ['a lower figure as lowered', { value: 100 }, { value: 90 }, 'lowered'],
    ['the same figure as restated', { value: 100 }, { value: 100 }, 'restated'],
    [
      '亿元 and 万元 after conversion: 1亿元 = 10000万元 restated',
      { value: 1 },
      { value: 10000, unit: '万元' },
      'restated',
    ],
    [
      'a range with the same lower and a higher upper end as raised',
      { value: 3, upper: 5 },
      { value: 3, upper: 6 },
      'raised',
    ],
    ['a range narrowed from above as lowered', { value: 3, upper: 5 }, { value: 3, upper: 4 }, 'lowered'],
    [
      'a range against its lower end alone as lowered (the upper end falls)',
      { value: 3, upper: 5 },
      { value: 3 },
      'lowered',
    ],
    ['a masked earlier figure as repeated, not compared', { value: null }, { value: 100 }, 'repeated'],
    ['a masked later figure as repeated, not compared', { value: 100 }, { value: null }, 'repeated'],
    ['units that do not convert (个 and 亿元) as repeated', { value: 100, unit: '个' }, { value: 100 }, 'repeated'],
  ] as const)('shows %s', (_, before, after, kind) => {
    const get = revise([goal('a', '生产总值', before), goal('b', '生产总值', after)]);
    const later = get(`r${serial}`);
    expect(later.revision?.kind).toBe(kind);
    expect(later.revision?.previous.id).toBe(`r${serial - 1}`);
    expect(get(`r${serial - 1}`).revision).toBeNull();
  });

  it('compares with the latest earlier statement, not the first', () => {
    const get = revise([
      goal('a', '生产总值', { id: 'a1', value: 100 }),
      goal('b', '生产总值', { id: 'b1', value: 120 }),
      goal('c', '生产总值', { id: 'c1', value: 110 }),
    ]);
    expect(get('c1').revision).toMatchObject({ kind: 'lowered', previous: { id: 'b1' } });
    expect(get('b1').revision).toMatchObject({ kind: 'raised', previous: { id: 'a1' } });
  });

  it.each([
    ['another organization’s speech', 'other'],
    ['a speech whose date (2023) does not say whether it came before or after 2023-01', 'undated'],
    ['the same speech stating it twice', 'a'],
  ])('does not compare with %s', (_, speech) => {
    const get = revise([
      goal('a', '生产总值', { id: 'first' }),
      goal(speech, '生产总值', { id: 'second', value: 200 }),
    ]);
    expect(get('second').revision).toBeNull();
    expect(get('first').revision).toBeNull();
  });

  it('does not compare targets of different periods or different indicators', () => {
    const get = revise([
      goal('a', '生产总值', { id: 'gdp-2024' }),
      goal('b', '生产总值', { id: 'gdp-2025', period: '2025' }),
      goal('b', '税收收入', { id: 'tax-2024' }),
    ]);
    expect(get('gdp-2025').revision).toBeNull();
    expect(get('tax-2024').revision).toBeNull();
  });
});

describe('reviseTargets: dropped', () => {
  it('marks a target dropped when a later report of the same organization restates another target of the period but not it', () => {
    const get = revise([
      goal('a', '生产总值', { id: 'gdp' }),
      goal('a', '税收收入', { id: 'tax' }),
      goal('b', '税收收入', { id: 'tax-again' }),
    ]);
    expect(get('gdp').dropped).toMatchObject({ speech: 'b', speechTitle: '测试报告乙' });
    expect(get('gdp').dropped?.restated.map((r) => r.id)).toEqual(['tax-again']);
    expect(get('tax').dropped).toBeNull();
    expect(get('tax-again').revision?.kind).toBe('restated');
  });

  it('names the first report that left it out, not every later one', () => {
    const get = revise([
      goal('a', '生产总值', { id: 'gdp' }),
      goal('a', '税收收入'),
      goal('b', '税收收入'),
      goal('c', '税收收入'),
    ]);
    expect(get('gdp').dropped?.speech).toBe('b');
  });

  it.each([
    ['the later report states the period’s actual of it', { kind: 'actual', strength: null }],
    ['the later report restates it with a masked figure', { value: null }],
  ] as const)('does not mark it dropped when %s', (_, fields) => {
    const get = revise([
      goal('a', '生产总值', { id: 'gdp' }),
      goal('a', '税收收入'),
      goal('b', '税收收入'),
      goal('b', '生产总值', fields),
    ]);
    expect(get('gdp').dropped).toBeNull();
  });

  it.each([
    ['restates none of the period’s other targets (it sets a new one)', [goal('b', '新增企业')]],
    ['restates the other target for another period only', [goal('b', '税收收入', { period: '2025' })]],
    ['is another organization’s', [goal('other', '税收收入')]],
    ['cannot be ordered after it (dated only 2023)', [goal('undated', '税收收入')]],
    ['does not exist: the target was stated once', []],
  ])('does not mark it dropped when the later speech %s', (_, later) => {
    const get = revise([goal('a', '生产总值', { id: 'gdp' }), goal('a', '税收收入'), ...later]);
    expect(get('gdp').dropped).toBeNull();
  });

  it('judges a restated target from its restatement on: the restatement is dropped, the first statement is not', () => {
    const get = revise([
      goal('a', '生产总值', { id: 'gdp-a' }),
      goal('a', '税收收入'),
      goal('b', '生产总值', { id: 'gdp-b' }),
      goal('b', '税收收入'),
      goal('c', '税收收入'),
    ]);
    expect(get('gdp-a').dropped).toBeNull();
    expect(get('gdp-b').dropped?.speech).toBe('c');
  });

  it('counts an other target restated with a masked figure as restated', () => {
    const get = revise([
      goal('a', '生产总值', { id: 'gdp' }),
      goal('a', '税收收入'),
      goal('b', '税收收入', { value: null }),
    ]);
    expect(get('gdp').dropped?.speech).toBe('b');
  });

  it('gives actuals no revision of their own', () => {
    const published = selectPublishedTargets(
      [goal('a', '生产总值', { id: 'actual', kind: 'actual', strength: null }), goal('b', '生产总值')],
      SPEECHES,
      { includeDrafts: false },
    );
    const revisions = reviseTargets(published, (r) => r.indicator);
    expect(revisions.has(published.find((r) => r.id === 'actual')!)).toBe(false);
    expect([...revisions.values()]).toEqual([{ revision: null, dropped: null }]);
  });
});

describe('buildTargetHistory', () => {
  const history = (records: TargetRecord[]) => {
    const published = selectPublishedTargets(records, SPEECHES, { includeDrafts: false });
    const revisions = reviseTargets(published, (r) => r.indicator);
    const gdp = published
      .filter((target) => target.indicator === '生产总值')
      .sort((a, b) => a.period.localeCompare(b.period) || a.speechDate.iso.localeCompare(b.speechDate.iso))
      .map((target) => ({ target, ...revisions.get(target)! }));
    return buildTargetHistory(gdp, (slug) => `/speeches/${slug}/`);
  };

  it('lists each statement with its change and, after a target left out, the speech that left it out', () => {
    const steps = history([
      goal('a', '生产总值', { stated: '100亿元' }),
      goal('a', '税收收入', { id: 'tax-a' }),
      goal('b', '生产总值', { stated: '120亿元', value: 120 }),
      goal('b', '税收收入', { id: 'tax-b' }),
      goal('c', '税收收入', { id: 'tax-c' }),
    ]);
    expect(steps.map(({ change, stated, speechTitle, href }) => [change, stated, speechTitle, href])).toEqual([
      ['first', '100亿元', '测试报告甲', expect.stringMatching(/^\/speeches\/a\/#p-\d+-s1$/)],
      ['raised', '120亿元', '测试报告乙', expect.stringMatching(/^\/speeches\/b\/#p-\d+-s1$/)],
      ['dropped', '120亿元', '测试报告丙', '/speeches/c/'],
    ]);
    expect(steps[2]!.restated.map((r) => r.id)).toEqual(['tax-c']);
  });

  it('is empty when no target was restated or dropped', () => {
    expect(history([goal('a', '生产总值'), goal('a', '生产总值', { period: '2025' })])).toEqual([]);
  });
});

describe('isEarlier', () => {
  it.each([
    [month(2023, 1), month(2023, 7), true],
    [month(2023, 7), month(2023, 1), false],
    [month(2023, 7), month(2023, 7), false],
    [year(2022), month(2023, 1), true],
    [year(2023), month(2023, 1), false],
    [month(2023, 1), year(2023), false],
    [day(2023, 1, 5), month(2023, 2), true],
    [day(2023, 1, 5), month(2023, 1), false],
    [day(2023, 1, 5), day(2023, 1, 6), true],
  ])('orders %o before %o: %s', (a, b, expected) => {
    expect(isEarlier(a, b)).toBe(expected);
  });
});
