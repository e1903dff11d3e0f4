import { describe, expect, it } from 'vitest';
import { validateComparisons } from '@/lib/validation/validate-comparisons';

// A fixture targets file: two reviewed targets in %, one in 亿元, an actual and an unreviewed target.
const TARGETS = {
  path: 'content/targets/report.yaml',
  bytes: new TextEncoder().encode(
    [
      '- { id: t1, kind: target, unit: "%", reviewed: true }',
      '- { id: t2, kind: target, unit: "%", reviewed: true }',
      '- { id: money, kind: target, unit: 亿元, reviewed: true }',
      '- { id: a1, kind: actual, unit: "%", reviewed: true }',
      '- { id: draft, kind: target, unit: "%", reviewed: false }',
    ].join('\n'),
  ),
};
const file = (rows: string) => ({
  path: 'content/comparisons.yaml',
  bytes: new TextEncoder().encode(`- id: c\n  title: 测试对比\n  speech: report\n  rows:\n${rows}`),
});

describe('validateComparisons', () => {
  it('accepts targets with actuals of one report in one unit', () => {
    const result = validateComparisons(file('    - { target: t1, actuals: [a1] }\n    - { target: t2 }\n'), [TARGETS]);
    expect(result.problems).toEqual([]);
    expect(result.comparisons.map((c) => c.id)).toEqual(['c']);
  });

  it.each([
    [
      'an unknown record id',
      '    - { target: t1, actuals: [nope] }\n    - { target: t2 }\n',
      '[1].rows[1].actuals[1]',
      /没有 id 为“nope”/,
    ],
    ['an actual named as the target', '    - { target: a1 }\n    - { target: t2 }\n', '[1].rows[1].target', /不是目标/],
    [
      'a target named as an actual',
      '    - { target: t1, actuals: [t2] }\n    - { target: t2 }\n',
      '[1].rows[1].actuals[1]',
      /不是实绩/,
    ],
    ['an unreviewed record', '    - { target: t1 }\n    - { target: draft }\n', '[1].rows[2].target', /尚未核对/],
    ['units that cannot share an axis', '    - { target: t1 }\n    - { target: money }\n', '[1].rows', /同一坐标轴/],
    ['one row only', '    - { target: t1 }\n', '[1].rows', /至少要有两行/],
  ])('refuses %s, naming the file and field', (_, rows, field, message) => {
    const { problems, comparisons } = validateComparisons(file(rows), [TARGETS]);
    expect(comparisons).toEqual([]);
    expect(problems).toEqual([expect.objectContaining({ file: 'content/comparisons.yaml', field })]);
    expect(problems[0]!.message).toMatch(message);
  });

  it('refuses a speech without a targets file', () => {
    const { problems } = validateComparisons(file('    - { target: t1 }\n    - { target: t2 }\n'), []);
    expect(problems).toEqual([expect.objectContaining({ field: '[1].speech' })]);
    expect(problems[0]!.message).toContain('content/targets/report.yaml');
  });

  it('gives the line of an entry the schema refuses', () => {
    const { problems } = validateComparisons(
      {
        path: 'content/comparisons.yaml',
        bytes: new TextEncoder().encode('- id: ok\n  title: t\n  speech: report\n  rows: []\n'),
      },
      [TARGETS],
    );
    expect(problems[0]).toMatchObject({ line: 4, field: '[1].rows' });
  });
});
