import { describe, expect, it } from 'vitest';
import { formatIsoDay, formatSpeechDate, parseSpeechDate } from '@/lib/dates/speech-date';

describe('parseSpeechDate', () => {
  it.each([
    ['2024-08-21', { iso: '2024-08-21', precision: 'day', year: 2024, month: 8, day: 21 }],
    ['2022-04', { iso: '2022-04', precision: 'month', year: 2022, month: 4 }],
    ['2019', { iso: '2019', precision: 'year', year: 2019 }],
    ['2024-02-29', { iso: '2024-02-29', precision: 'day', year: 2024, month: 2, day: 29 }],
  ])('keeps the precision of %s', (input, date) => {
    expect(parseSpeechDate(input)).toEqual({ ok: true, date });
  });

  it.each(['2024-02-30', '2023-02-29', '2024-13', '2024-04-31', '2024-00-10'])('calls %s impossible', (input) => {
    expect(parseSpeechDate(input)).toEqual({ ok: false, reason: 'impossible' });
  });

  it.each(['2024年8月21日', '24-08-21', '2024/08/21', ''])('calls %s malformed', (input) => {
    expect(parseSpeechDate(input)).toEqual({ ok: false, reason: 'format' });
  });
});

describe('formatSpeechDate', () => {
  it('prints each precision the way Chinese documents do', () => {
    const print = (input: string) => {
      const parsed = parseSpeechDate(input);
      if (!parsed.ok) throw new Error(input);
      return formatSpeechDate(parsed.date);
    };
    expect([print('2024-08-21'), print('2022-04'), print('2019')]).toEqual(['2024年8月21日', '2022年4月', '2019年']);
  });
});

describe('formatIsoDay', () => {
  it('writes a build date as documents print dates', () => {
    expect(formatIsoDay('2026-12-03')).toBe('2026年12月3日');
  });
  it('keeps what is not a day as given', () => {
    expect(formatIsoDay('today')).toBe('today');
  });
});
