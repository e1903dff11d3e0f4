import { describe, expect, it } from 'vitest';
import { TargetFileSchema, TargetRecordSchema } from '@/lib/schemas/target';
import { RECORDS } from './fixtures';

const valid = RECORDS[1]!;

function messages(input: unknown): string[] {
  const result = TargetRecordSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
}

describe('TargetRecordSchema', () => {
  it('accepts a reviewed record of seed 003', () => {
    expect(messages(valid)).toEqual([]);
  });

  it('refuses a unit outside the closed list and says where to add one', () => {
    const [message] = messages({ ...valid, unit: '架次', stated: '30架次', quote: '30架次' });
    expect(message).toContain('未知单位“架次”');
    expect(message).toContain('src/lib/numbers/units.ts');
  });

  it('accepts null only for a masked figure', () => {
    expect(messages({ ...valid, value: null, stated: 'XX亿元', quote: '外贸总额XX亿元' })).toEqual([]);
    expect(messages({ ...valid, value: null })).toEqual([expect.stringContaining('原文隐去')]);
  });

  it('requires a strength for a target and none for an actual', () => {
    expect(messages({ ...valid, strength: null })).toEqual([expect.stringContaining('strength')]);
    expect(messages({ ...valid, kind: 'actual' })).toEqual([expect.stringContaining('strength')]);
  });

  it('refuses a period or anchor written another way', () => {
    expect(messages({ ...valid, period: '2024年下半年' })[0]).toContain('2024-H2');
    expect(messages({ ...valid, anchor: 'p12s3' })[0]).toContain('p-12-s3');
  });

  it('accepts a relation only on an actual, and names the values it takes', () => {
    const actual = { ...valid, kind: 'actual', strength: null };
    expect(messages({ ...actual, relation: 'of-plan' })).toEqual([]);
    expect(messages({ ...actual, relation: 'ahead' })[0]).toContain('ahead-of-schedule');
    expect(messages({ ...valid, relation: 'of-plan' })[0]).toContain('relation 只用于实绩');
  });

  it('requires the stated figure to appear in the quote', () => {
    expect(messages({ ...valid, quote: '确保综保区今年实现外贸总额' })[0]).toContain('stated');
  });

  it('defaults reviewed and rejected to false', () => {
    const rest: Record<string, unknown> = { ...valid };
    delete rest['reviewed'];
    delete rest['rejected'];
    expect(TargetRecordSchema.parse(rest)).toMatchObject({ reviewed: false, rejected: false });
  });
});

describe('TargetFileSchema', () => {
  it('reads a file as a list of records', () => {
    expect(TargetFileSchema.safeParse({ id: 'x' }).success).toBe(false);
    expect(TargetFileSchema.parse(RECORDS.slice(0, 2))).toHaveLength(2);
  });
});
