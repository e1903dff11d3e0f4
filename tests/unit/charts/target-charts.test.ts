import { describe, expect, it } from 'vitest';
import { buildTargetCharts, describeCount, groupByTheme, OTHER_THEME_NAME } from '@/lib/charts/target-charts';
import { selectPublishedTargets } from '@/lib/targets/publish';
import { RECORDS, SPEECHES } from '../targets/fixtures';

const published = selectPublishedTargets(RECORDS, SPEECHES, { includeDrafts: false });

describe('buildTargetCharts', () => {
  const groups = buildTargetCharts(published, { idPrefix: 't', captionPrefix: '全部' });
  const yuan = groups.find((g) => g.chart.unit === '亿元')!;

  it('makes one chart per unit, 万人 and 人 sharing one chart in the unit most records use', () => {
    expect(groups.map((g) => g.chart.unit).sort()).toEqual(['万人', '个', '亿元'].sort());
    const people = groups.find((g) => g.chart.unit === '万人')!;
    expect(people.chart.rows.map((r) => r.target)).toEqual([1.4, 0.2]);
  });

  it('draws a series stated for this year, next year and the year after as consecutive rows', () => {
    const labels = yuan.chart.rows.map((r) => r.label.join(' '));
    const start = labels.indexOf('综保区外贸总额 2022年');
    expect(labels.slice(start, start + 3)).toEqual([
      '综保区外贸总额 2022年',
      '综保区外贸总额 2023年',
      '综保区外贸总额 2024年',
    ]);
  });

  it('puts a target beside the actual of the same indicator, actual period first', () => {
    const rows = yuan.chart.rows.filter((r) => r.label[0] === '“三大改造”项目年度完成投资');
    expect(rows.map((r) => [r.label[1], r.actual, r.target])).toEqual([
      ['2021年', 60, null],
      ['2022年', null, 84],
    ]);
    expect(rows[0]?.actualHref).toBe('/speeches/2022-quwei-shijie-sici-quanhui/#p-6-s13');
  });

  it('draws a range as a floating bar', () => {
    const items = groups.find((g) => g.chart.unit === '个')!;
    expect(items.chart.rows[0]?.target).toEqual([3, 5]);
  });

  it('lists the same records in its table, in the order of its rows', () => {
    expect(yuan.records.map((r) => r.indicator)).toEqual(yuan.chart.rows.map((r) => r.label[0]));
    expect(yuan.chart.caption).toBe('全部（单位：亿元）：目标 5 项、实绩 1 项');
  });

  it('leaves masked figures out of the bars but not out of the table', () => {
    const masked = { ...published[0]!, id: 'm', value: null, stated: 'XX亿元', indicator: '园区营业收入' };
    const [group] = buildTargetCharts([masked], { idPrefix: 'm', captionPrefix: '隐去' });
    expect(group?.chart.rows).toEqual([]);
    expect(group?.records).toHaveLength(1);
    expect(describeCount([masked])).toBe('目标 1 项（其中 1 项数字原文隐去，只列于表中）');
  });
});

describe('groupByTheme', () => {
  it('groups by theme in site order and collects the rest under 其他', () => {
    const themed = published.map((t) => (t.indicator === '综保区外贸总额' ? { ...t, themes: ['opening-up'] } : t));
    const groups = groupByTheme(themed, [
      { slug: 'opening-up', name: '开放' },
      { slug: 'innovation', name: '创新' },
    ]);
    expect(groups.map((g) => [g.name, g.targets.length])).toEqual([
      ['开放', 3],
      [OTHER_THEME_NAME, published.length - 3],
    ]);
  });
});
