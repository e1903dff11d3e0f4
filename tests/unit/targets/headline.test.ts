import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { TargetFileSchema, type TargetRecord } from '@/lib/schemas/target';
import { HEADLINE_LIMIT, selectHeadlineTargets } from '@/lib/targets/headline';
import { selectPublishedTargets } from '@/lib/targets/publish';
import { SPEECHES, record } from './fixtures';

const S003 = '2022-quwei-shijie-sici-quanhui';
const S004 = '2024-08-21-gaoxinqu-gaozhiliang-tuijinhui';

/** The curated records of a seed, exactly as content/targets/ holds them. */
function readCurated(slug: string): TargetRecord[] {
  const file = path.join(import.meta.dirname, '../../../content/targets', `${slug}.yaml`);
  return TargetFileSchema.parse(parseYaml(readFileSync(file, 'utf8')));
}

const curated = [...readCurated(S003), ...readCurated(S004)];
const published = selectPublishedTargets(curated, SPEECHES, { includeDrafts: false });

describe('selectHeadlineTargets', () => {
  it('headlines the latest speech: the four 力争 sums of 2024-08-21 and its 确保 38亿元, largest first', () => {
    const headline = selectHeadlineTargets(published);
    expect(headline).toHaveLength(HEADLINE_LIMIT);
    expect(headline.every((t) => t.speech === S004)).toBe(true);
    expect(headline.slice(0, 5).map((t) => t.stated)).toEqual(['600亿元', '470亿元', '200亿元', '170.5亿元', '38亿元']);
    expect(headline[0]).toMatchObject({
      indicator: '新签约项目签约总额',
      path: `/speeches/${S004}/#${headline[0]!.anchor}`,
    });
  });

  it('fills the rest with non-monetary commitments (确保) before stretch goals, in reading order', () => {
    const rest = selectHeadlineTargets(published, 8).slice(5);
    expect(rest.map((t) => `${t.indicator} ${t.stated}`)).toEqual([
      '新认定高新技术企业 300家',
      '安置房建成面积 83万平方米',
      expect.any(String),
    ]);
    expect(rest[2]?.strength).toBe('striving');
  });

  it('never headlines planned targets, actuals, masked figures or drafts', () => {
    const all = selectHeadlineTargets(published, Number.POSITIVE_INFINITY);
    expect(all.length).toBeGreaterThan(HEADLINE_LIMIT);
    for (const target of all) {
      expect(target.kind).toBe('target');
      expect(['binding', 'striving']).toContain(target.strength);
      expect(target.value).not.toBeNull();
    }
    const preview = selectPublishedTargets(curated, SPEECHES, { includeDrafts: true });
    expect(selectHeadlineTargets(preview, Number.POSITIVE_INFINITY).some((t) => t.draft)).toBe(false);
  });

  it('falls back to an older speech when the latest states no binding or striving figure', () => {
    const plannedOnly = published.filter((t) => t.speech === S003 || t.strength === 'planned' || t.kind === 'actual');
    expect(plannedOnly.some((t) => t.speech === S004)).toBe(true);
    const headline = selectHeadlineTargets(plannedOnly);
    expect(headline.length).toBeGreaterThan(0);
    expect(headline.every((t) => t.speech === S003)).toBe(true);
  });

  it('ranks a masked 确保 figure out and a larger monetary one in', () => {
    const masked = record({
      id: 'p-30-s1/XX亿元',
      speech: S004,
      indicator: '隐去的投资额',
      value: null,
      stated: 'XX亿元',
      quote: '确保完成投资XX亿元',
      anchor: 'p-30-s1',
      strength: 'binding',
      period: '2024',
    });
    const trillion = record({
      id: 'p-31-s1/1万亿元',
      speech: S004,
      indicator: '假设的总投资',
      value: 1,
      unit: '万亿元',
      stated: '1万亿元',
      quote: '力争总投资1万亿元',
      anchor: 'p-31-s1',
      strength: 'striving',
      period: '2024',
    });
    const withExtra = selectPublishedTargets([...curated, masked, trillion], SPEECHES, { includeDrafts: false });
    const headline = selectHeadlineTargets(withExtra);
    expect(headline[0]?.stated).toBe('1万亿元');
    expect(headline.map((t) => t.stated)).not.toContain('XX亿元');
  });

  it('returns nothing when no target qualifies', () => {
    expect(selectHeadlineTargets([])).toEqual([]);
    expect(selectHeadlineTargets(published.filter((t) => t.kind === 'actual'))).toEqual([]);
  });
});
