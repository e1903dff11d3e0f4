import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runNpm, STACK_TRACE } from './run';

// Made-up one-line corpora (test data, not real documents) for the exit codes and messages of
// `npm run test:targets`; the real corpus is scored by the script itself.
const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function corpus(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'jianbao-targets-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const SOURCE = `source:
  title: 测试文本
  issuer: 测试
  date: 2026-02-01
  url: https://example.org/test
  kind: 测试
`;

const report = readFileSync(new URL('../../docs/targets-quality.md', import.meta.url), 'utf8');

describe('npm run test:targets', () => {
  it('passes a corpus whose only sentence has no figure, and leaves the doc alone with --corpus', () => {
    const dir = corpus({ 'a.txt': '同志们：今天召开会议，研究部署工作。\n', 'a.yaml': `${SOURCE}sentences: []\n` });
    const result = runNpm(['test:targets', '--', '--corpus', dir]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('all goals met');
    expect(readFileSync(new URL('../../docs/targets-quality.md', import.meta.url), 'utf8')).toBe(report);
  });

  it('fails with exit 1 and names the goal when an annotated figure is not found', () => {
    const dir = corpus({
      'a.txt': '同志们：今天召开会议，研究部署工作。\n',
      'a.yaml': `${SOURCE}sentences:
  - text: 研究部署工作
    figures:
      - { stated: 部署, value: 1, unit: 项, kind: target, strength: planned, period: '2026', indicator: 工作 }
`,
    });
    const result = runNpm(['test:targets', '--', '--corpus', dir]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('recall');
    expect(result.stdout).toContain('missed');
  });

  it('fails with exit 2, naming the file and the sentence, when the annotation does not fit the text', () => {
    const dir = corpus({
      'a.txt': '同志们：今天召开会议。\n',
      'a.yaml': `${SOURCE}sentences:\n  - text: 明天召开会议\n`,
      'b.yaml': SOURCE + 'sentences: []\n',
    });
    const result = runNpm(['test:targets', '--', '--corpus', dir]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`${join(dir, 'a.yaml')}: 句子不在原文中`);
    expect(result.stderr).toContain('明天召开会议');
    expect(result.stderr).toContain(`${join(dir, 'b.yaml')}: 缺少原文 b.txt`);
    expect(result.output).not.toMatch(STACK_TRACE);
  });
});
