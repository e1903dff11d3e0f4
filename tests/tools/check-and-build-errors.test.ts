import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runNpm, STACK_TRACE } from './run';

const FIXTURES = new URL('../fixtures/broken/', import.meta.url).pathname;
const THEMES = new URL('../../content/themes.yaml', import.meta.url).pathname;
let contentDir = '';

beforeAll(() => {
  contentDir = mkdtempSync(join(tmpdir(), 'jianbao-broken-'));
  mkdirSync(join(contentDir, 'speeches'));
  cpSync(THEMES, join(contentDir, 'themes.yaml'));
  for (const fixture of ['valid.md', 'missing-title.md', 'impossible-date.md', 'unknown-theme.md', 'invalid-yaml.md']) {
    cpSync(join(FIXTURES, fixture), join(contentDir, 'speeches', fixture));
  }
});

afterAll(() => {
  rmSync(contentDir, { recursive: true, force: true });
});

const EXPECTED = [
  /missing-title\.md:1 \[title\]\n\s+缺少必填字段“title”/,
  /impossible-date\.md:3 \[date\]\n\s+“date”是不存在的日期 2024-02-30/,
  /unknown-theme\.md:8 \[themes\]\n\s+没有这个主题：“招商”/,
  /invalid-yaml\.md:4\n\s+文件头的 YAML 写法有误/,
];

describe('npm run check', () => {
  it('lists every problem with file, line and field, in Chinese and English, and exits 1', () => {
    const result = runNpm(['check'], { JIANBAO_CONTENT_DIR: contentDir });
    expect(result.status).toBe(1);
    for (const pattern of EXPECTED) expect(result.stderr).toMatch(pattern);
    expect(result.stderr).toMatch(/4 个问题需要修改 \/ 4 problem\(s\) to fix/);
    expect(result.output).not.toMatch(STACK_TRACE);
  });

  it('passes on the real content folder', () => {
    const result = runNpm(['check']);
    expect(result.stdout).toContain('内容检查通过');
    expect(result.status).toBe(0);
  });
});

describe('npm run build', () => {
  it('refuses the same problems with the same messages and no stack trace', () => {
    const outDir = mkdtempSync(join(tmpdir(), 'jianbao-broken-dist-'));
    const result = runNpm(['build', '--', '--outDir', outDir], { JIANBAO_CONTENT_DIR: contentDir });
    rmSync(outDir, { recursive: true, force: true });
    expect(result.status).not.toBe(0);
    for (const pattern of EXPECTED) expect(result.output).toMatch(pattern);
    expect(result.output).not.toMatch(STACK_TRACE);
  });
});
