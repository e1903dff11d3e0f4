import { describe, expect, it } from 'vitest';
import { compareAnchors } from '@/lib/speech/anchors';
import { mergeTargetRecords } from '@/lib/targets/merge-records';
import type { TargetRecord } from '@/lib/schemas/target';

const candidate: TargetRecord = {
  id: 'p-6-s2/600亿元',
  speech: '2024-08-21-gaoxinqu-gaozhiliang-tuijinhui',
  indicator: '新签约项目签约总额',
  value: 600,
  upper: null,
  unit: '亿元',
  stated: '600亿元',
  bound: 'exact',
  kind: 'target',
  period: '2024-H2',
  strength: 'striving',
  quote: '下半年力争完成新签约项目签约总额600亿元',
  anchor: 'p-6-s2',
  themes: [],
  reviewed: false,
  rejected: false,
};

describe('mergeTargetRecords', () => {
  it('adds candidates to an empty file', () => {
    expect(mergeTargetRecords([], [candidate])).toMatchObject({ records: [candidate], kept: 0, added: 1 });
  });

  it('keeps a reviewed record a person corrected instead of the fresh candidate with its id', () => {
    const reviewed = { ...candidate, indicator: '下半年新签约项目签约总额', reviewed: true };
    const result = mergeTargetRecords([reviewed], [candidate]);
    expect(result.records).toEqual([reviewed]);
    expect(result.added).toBe(0);
  });

  it('matches by quote and indicator when the id changed, and never proposes a rejected record again', () => {
    const rejected = { ...candidate, id: 'p-7-s2/600亿元', rejected: true, reviewed: true };
    expect(mergeTargetRecords([rejected], [candidate]).records).toEqual([rejected]);
  });

  it('keeps records added by hand and orders everything as the speech reads', () => {
    const byHand = { ...candidate, id: 'p-12-s1/1个', anchor: 'p-12-s1', quote: '建成1个', stated: '1个' };
    const later = { ...candidate, id: 'p-6-s10/5家', anchor: 'p-6-s10', quote: '5家', stated: '5家', indicator: 'x' };
    const { records } = mergeTargetRecords([byHand], [later, candidate]);
    expect(records.map((r) => r.anchor)).toEqual(['p-6-s2', 'p-6-s10', 'p-12-s1']);
  });
});

describe('compareAnchors', () => {
  it('orders p-2-s10 after p-2-s9 and p-10-s1 after p-9-s3', () => {
    expect(compareAnchors('p-2-s10', 'p-2-s9')).toBeGreaterThan(0);
    expect(compareAnchors('p-10-s1', 'p-9-s3')).toBeGreaterThan(0);
  });
});
