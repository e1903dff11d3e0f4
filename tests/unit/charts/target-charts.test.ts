import { describe, expect, it } from 'vitest';
import { describeCount, describeStrength, sortForChart } from '@/lib/charts/target-charts';
import { selectPublishedTargets } from '@/lib/targets/publish';
import { RECORDS, SPEECHES } from '../targets/fixtures';

const published = selectPublishedTargets(RECORDS, SPEECHES, { includeDrafts: false });

describe('sortForChart', () => {
  it('keeps a series stated for this year, next year and the year after together, in time order', () => {
    const labels = sortForChart(published)
      .filter((record) => record.indicator === '综保区外贸总额')
      .map((record) => record.period);
    expect(labels).toEqual(['2022', '2023', '2024']);
  });

  it('puts the actual of an indicator before its later target', () => {
    const rows = sortForChart(published).filter((r) => r.indicator === '“三大改造”项目年度完成投资');
    expect(rows.map((r) => [r.kind, r.period])).toEqual([
      ['actual', '2021'],
      ['target', '2022'],
    ]);
  });
});

describe('describeCount and describeStrength', () => {
  it('counts targets and actuals and says how many figures are masked', () => {
    const masked = { ...published[0]!, id: 'm', value: null, stated: 'XX亿元', indicator: '园区营业收入' };
    expect(describeCount([masked])).toBe('目标 1 项（其中 1 项数字原文隐去，只列于表中）');
    expect(describeCount(published)).toMatch(/^目标 \d+ 项、实绩 \d+ 项$/);
  });

  it('reads an actual as 实绩 and a target by its strength', () => {
    expect(describeStrength({ kind: 'actual', strength: null })).toBe('实绩');
    expect(describeStrength({ kind: 'target', strength: 'binding' })).toBe('确保');
  });
});
