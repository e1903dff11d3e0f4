import { describe, expect, it } from 'vitest';
import { chartSizeClasses, wrapChartLabel, wrapText } from '../../../src/lib/charts/chart-size';

describe('wrapping bar labels', () => {
  it('wraps a long Chinese indicator into lines of at most ten characters, keeping brackets with their words', () => {
    expect(wrapChartLabel(['加快建设的在库项目（有剩余投资额）', '2024年'])).toEqual([
      '加快建设的在库项目',
      '（有剩余投资额）',
      '2024年',
    ]);
  });

  it('keeps a short label as indicator and period on two lines', () => {
    expect(wrapChartLabel(['综保区外贸总额', '2022年'])).toEqual(['综保区外贸总额', '2022年']);
  });

  it('never breaks inside a number and never starts a line with a closing mark', () => {
    const lines = wrapText('谋划的“十四五”重大项目（总投资4103亿元）', 20, 3);
    expect(lines.join('')).toBe('谋划的“十四五”重大项目（总投资4103亿元）');
    expect(lines.some((line) => line.includes('4103'))).toBe(true);
    for (const line of lines) expect(line).not.toMatch(/^[）”，、]/);
  });

  it('shortens an indicator longer than three lines with an ellipsis', () => {
    const lines = wrapText('开发区规模以上工业主营业务收入、增加值对全市工业增长的贡献率，以及其他许多说明文字', 20, 3);
    expect(lines).toHaveLength(3);
    expect(lines[2]).toMatch(/…$/);
  });
});

describe('sizing a chart box', () => {
  it('names the row count as two digits and the tallest label’s line count', () => {
    const rows = [
      ...Array.from({ length: 11 }, () => ({ label: ['综保区外贸总额', '2022年'] as [string, string] })),
      { label: ['加快建设的在库项目（有剩余投资额）', '2024年'] as [string, string] },
    ];
    expect(chartSizeClasses(rows)).toEqual(['rows-tens-1', 'rows-ones-2', 'label-lines-3']);
  });

  it('gives a one-row chart with short labels two label lines', () => {
    expect(chartSizeClasses([{ label: ['财政收入', '2021年'] }])).toEqual([
      'rows-tens-0',
      'rows-ones-1',
      'label-lines-2',
    ]);
  });
});
