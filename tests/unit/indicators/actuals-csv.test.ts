import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readActualsCsv } from '@/lib/indicators/actuals-csv';
import { validateDataFiles } from '@/lib/validation/validate-indicators';
import { INDICATORS } from './fixtures';

const FIXTURES = new URL('../../fixtures/indicators/', import.meta.url);
const bytes = (name: string) => new Uint8Array(readFileSync(new URL(name, FIXTURES)));

const EXPECTED = [
  {
    indicator: 'qu-gdp',
    area: '*区（含高新区）',
    period: '2022',
    value: 1012.5,
    unit: '亿元',
    source_title: '测试用统计公报（虚构）',
    source_url: 'https://example.org/bulletin-2022',
    release_date: '2023-03-20',
    line: 2,
  },
  { indicator: 'qu-retail-sales-growth', value: 8.7, unit: '%', line: 3 },
];

describe('readActualsCsv', () => {
  it('reads UTF-8 with a BOM and English headers; a quoted 1,012.5 is 1012.5', () => {
    const { rows, problems } = readActualsCsv('content/data/a.csv', bytes('valid-utf8-bom.csv'));
    expect(problems).toEqual([]);
    expect(rows).toMatchObject(EXPECTED.map((row) => ({ ...row, file: 'content/data/a.csv' })));
  });

  it('reads GBK with Chinese headers as the same rows', () => {
    const { rows, problems } = readActualsCsv('content/data/b.csv', bytes('valid-gbk.csv'));
    expect(problems).toEqual([]);
    expect(rows).toMatchObject(EXPECTED);
  });

  it('names the file, line and column of every bad row', () => {
    const { rows, problems } = readActualsCsv('content/data/broken.csv', bytes('broken.csv'));
    expect(problems.map(({ line, field }) => [line, field])).toEqual([
      [2, 'period'],
      [3, 'value'],
      [4, 'unit'],
      [5, 'source_title'],
      [8, 'source_url'],
    ]);
    expect(problems[0]?.message).toMatch(/period 应写成 2024.*"period" must look like 2024/s);
    expect(problems[1]?.message).toMatch(/value 必须是数字.*must be a number/s);
    expect(rows.map((row) => row.line)).toEqual([6, 7]);
  });

  it('refuses a header without the required columns', () => {
    const { rows, problems } = readActualsCsv(
      'content/data/x.csv',
      new TextEncoder().encode('指标,数值\nqu-gdp,800\n'),
    );
    expect(rows).toEqual([]);
    expect(problems).toMatchObject([{ file: 'content/data/x.csv', line: 1 }]);
    expect(problems[0]?.message).toMatch(/缺少列：area、period、unit/);
  });

  it('reports an unpaired quote instead of throwing', () => {
    const { problems } = readActualsCsv('content/data/x.csv', new TextEncoder().encode('indicator,area\n"qu-gdp,x\n'));
    expect(problems[0]?.message).toMatch(/CSV 格式有误.*Invalid CSV/s);
  });
});

describe('validateDataFiles', () => {
  it('refuses rows of unknown indicators and of another area', () => {
    const { rows, problems } = validateDataFiles(
      [{ path: 'content/data/broken.csv', bytes: bytes('broken.csv') }],
      INDICATORS,
    );
    const [unknown, otherArea] = problems.filter((problem) => problem.line === 6 || problem.line === 7);
    expect(unknown).toMatchObject({ line: 6, field: 'indicator' });
    expect(unknown?.message).toMatch(/没有指标“no-such-indicator”/);
    expect(otherArea).toMatchObject({ line: 7, field: 'area' });
    expect(otherArea?.message).toMatch(/地区是“\*区（含高新区）”/);
    expect(rows).toEqual([]);
  });
});
