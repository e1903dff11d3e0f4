import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { applyDecision } from '@/lib/review/apply-decision';

// Two candidates as `npm run targets` writes them, with a staff comment that must survive.
const FILE = `# 讲话中的数字目标与实绩。
- id: p-4-s1/13%
  speech: demo
  indicator: 区定固投增速
  value: 13
  unit: "%"
  stated: 13%
  kind: target
  period: "2024"
  strength: planned
  quote: 围绕区定固投增速13%的目标
  anchor: p-4-s1
  # 核对过原文第4段
  reviewed: false
  rejected: false
- id: p-4-s1/141个
  speech: demo
  indicator: 在库项目建设
  value: 141
  unit: 个
  stated: 141个
  kind: target
  period: "2024"
  strength: planned
  quote: 加快有剩余投资额的141个在库项目建设
  anchor: p-4-s1
  reviewed: false
  rejected: false
`;

const decided = (text: string) => parse(text) as Record<string, unknown>[];

describe('applyDecision', () => {
  it('accepts a record: reviewed, not rejected, the other record untouched', () => {
    const result = applyDecision(FILE, 'p-4-s1/13%', { action: 'accept' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [first, second] = decided(result.text);
    expect(first).toMatchObject({ reviewed: true, rejected: false });
    expect(second).toMatchObject({ reviewed: false, rejected: false });
  });

  it('rejects a record and keeps it, so the extractor never proposes it again', () => {
    const result = applyDecision(FILE, 'p-4-s1/141个', { action: 'reject' });
    expect(result.ok && decided(result.text)[1]).toMatchObject({ id: 'p-4-s1/141个', reviewed: true, rejected: true });
  });

  it('corrects indicator, kind, period, unit and strength, then accepts', () => {
    const result = applyDecision(FILE, 'p-4-s1/141个', {
      action: 'correct',
      fields: {
        indicator: ' 有剩余投资额的在库项目 ',
        kind: 'target',
        period: '2024-H2',
        unit: '项',
        strength: 'binding',
      },
    });
    expect(result.ok && decided(result.text)[1]).toMatchObject({
      indicator: '有剩余投资额的在库项目',
      period: '2024-H2',
      unit: '项',
      strength: 'binding',
      reviewed: true,
      rejected: false,
    });
  });

  it('gives an actual no strength, whatever the form still held', () => {
    const result = applyDecision(FILE, 'p-4-s1/13%', {
      action: 'correct',
      fields: { kind: 'actual', strength: 'planned' },
    });
    expect(result.ok && decided(result.text)[0]).toMatchObject({ kind: 'actual', strength: null });
  });

  it('keeps the file’s comments, record order and field order', () => {
    const result = applyDecision(FILE, 'p-4-s1/13%', { action: 'correct', fields: { unit: '%' } });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.text).toBe(FILE.replace('reviewed: false', 'reviewed: true'));
  });

  it('says so when the record is gone', () => {
    const result = applyDecision(FILE, 'p-9-s9/1个', { action: 'accept' });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toContain('文件中没有记录 p-9-s9/1个');
  });

  it('refuses a file that is not a list of records', () => {
    expect(applyDecision('a: [', 'x', { action: 'accept' }).ok).toBe(false);
  });
});
