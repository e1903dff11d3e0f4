import { describe, expect, it } from 'vitest';
import { countStrengths, filterByStrength, selectPublishedTargets } from '@/lib/targets/publish';
import { formatTargetsCsv, TARGET_DATA_FIELDS, toTargetDataRows } from '@/lib/targets/open-data';
import { comparePeriods, formatPeriod, trackIndicators } from '@/lib/targets/track';
import { parseCsv } from '../../support/csv';
import { RECORDS, SPEECHES } from './fixtures';

const SITE = 'https://jianbao.example.gov.cn';

describe('selectPublishedTargets', () => {
  it('publishes reviewed records only, never rejected ones, newest speech first', () => {
    const published = selectPublishedTargets(RECORDS, SPEECHES, { includeDrafts: false });
    expect(published.map((t) => t.id)).not.toContain('p-11-s14/4000个');
    expect(published.map((t) => t.id)).not.toContain('p-5-s3/340亩');
    expect(published[0]?.speech).toBe('2024-08-21-gaoxinqu-gaozhiliang-tuijinhui');
  });

  it('adds unreviewed records as drafts in a staff preview', () => {
    const preview = selectPublishedTargets(RECORDS, SPEECHES, { includeDrafts: true });
    expect(preview.find((t) => t.id === 'p-11-s14/4000个')).toMatchObject({ draft: true });
    expect(preview.some((t) => t.rejected)).toBe(false);
  });

  it('leaves out records of a speech that is not published', () => {
    expect(
      selectPublishedTargets(RECORDS, SPEECHES.slice(1), { includeDrafts: false }).every((t) =>
        t.speech.startsWith('2024'),
      ),
    ).toBe(true);
  });

  it('links each record to its sentence and names the speech’s organization', () => {
    const [first] = selectPublishedTargets(RECORDS, SPEECHES, { includeDrafts: false });
    expect(first).toMatchObject({
      path: '/speeches/2024-08-21-gaoxinqu-gaozhiliang-tuijinhui/#p-6-s2',
      organization: '郑州高新区',
      namesOrganization: false,
    });
  });

  it('classifies themes from the record’s own words and keeps themes added by hand', () => {
    const classifyThemes = (text: string) => (text.includes('综保区') ? ['opening-up'] : []);
    const withHand = RECORDS.map((r) => (r.id === 'p-6-s2/600亿元' ? { ...r, themes: ['projects'] } : r));
    const published = selectPublishedTargets(withHand, SPEECHES, { includeDrafts: false, classifyThemes });
    expect(published.find((t) => t.id === 'p-23-s25/30亿元')?.themes).toEqual(['opening-up']);
    expect(published.find((t) => t.id === 'p-6-s2/600亿元')?.themes).toEqual(['projects']);
  });
});

describe('filterByStrength and countStrengths', () => {
  const published = selectPublishedTargets(RECORDS, SPEECHES, { includeDrafts: false });
  it('counts strengths strongest first and filters targets of one strength', () => {
    expect(countStrengths(published)).toEqual([
      { strength: 'binding', count: 4 },
      { strength: 'planned', count: 3 },
      { strength: 'striving', count: 1 },
    ]);
    expect(filterByStrength(published, 'striving').map((t) => t.stated)).toEqual(['600亿元']);
  });
});

describe('open data', () => {
  const rows = toTargetDataRows(selectPublishedTargets(RECORDS, SPEECHES, { includeDrafts: false }), SITE);

  it('gives absolute sentence URLs and keeps masked values null', () => {
    expect(rows[0]?.url).toBe(`${SITE}/speeches/2024-08-21-gaoxinqu-gaozhiliang-tuijinhui/#p-6-s2`);
    expect(Object.keys(rows[0]!)).toEqual([...TARGET_DATA_FIELDS]);
  });

  it('writes CSV with a BOM, CRLF lines and RFC 4180 quoting that reads back to the same fields', () => {
    const csv = formatTargetsCsv(rows);
    expect(csv.startsWith('\uFEFFspeech,speech_title,')).toBe(true);
    expect(csv.split('\r\n')[1]).toMatch(/^"2024-08-21-gaoxinqu-gaozhiliang-tuijinhui","在九个/);
    expect(csv.split('\r\n')[1]).toContain(',600,,"亿元","600亿元",');
    expect(csv).toContain('\r\n');
    const parsed = parseCsv(csv);
    expect(parsed[0]).toEqual([...TARGET_DATA_FIELDS]);
    expect(parsed).toHaveLength(rows.length + 1);
    const quoteColumn = TARGET_DATA_FIELDS.indexOf('quote');
    expect(parsed.slice(1).map((line) => line[quoteColumn])).toEqual(rows.map((row) => row.quote));
  });

  it('quotes fields with commas, quotes and line breaks', () => {
    const tricky = { ...rows[0]!, quote: '他说“好”, 又说 "再议"\n然后', value: null, themes: ['a', 'b'] };
    const parsed = parseCsv(formatTargetsCsv([tricky]));
    expect(parsed[1]?.[TARGET_DATA_FIELDS.indexOf('quote')]).toBe(tricky.quote);
    expect(parsed[1]?.[TARGET_DATA_FIELDS.indexOf('value')]).toBe('');
    expect(parsed[1]?.[TARGET_DATA_FIELDS.indexOf('themes')]).toBe('a;b');
  });
});

describe('trackIndicators', () => {
  it('puts the 2021 actual and the 2022 target of “三大改造” investment side by side in time order', () => {
    const tracks = trackIndicators(selectPublishedTargets(RECORDS, SPEECHES, { includeDrafts: false }));
    const track = tracks.find((t) => t.indicator === '“三大改造”项目年度完成投资');
    expect(track?.entries.map((e) => [e.period, e.kind, e.stated])).toEqual([
      ['2021', 'actual', '60亿元'],
      ['2022', 'target', '84亿元'],
    ]);
    expect(tracks.find((t) => t.indicator === '综保区外贸总额')?.entries.map((e) => e.period)).toEqual([
      '2022',
      '2023',
      '2024',
    ]);
  });

  it('does not group one-off figures', () => {
    const tracks = trackIndicators(selectPublishedTargets(RECORDS, SPEECHES, { includeDrafts: false }));
    expect(tracks.some((t) => t.indicator === '新签约项目签约总额')).toBe(false);
  });
});

describe('comparePeriods and formatPeriod', () => {
  it('orders 2021 < 2022-H1 < 2022 < 2022-H2 < 2023', () => {
    const periods = ['2023', '2022-H2', '2022', '2021', '2022-H1'];
    expect(periods.sort(comparePeriods)).toEqual(['2021', '2022-H1', '2022', '2022-H2', '2023']);
  });

  it.each([
    ['2024-H2', '2024年下半年'],
    ['2022-Q1', '2022年一季度'],
    ['2022-04', '2022年4月'],
    ['2025', '2025年'],
  ])('formats %s as %s', (period, text) => {
    expect(formatPeriod(period)).toBe(text);
  });
});
