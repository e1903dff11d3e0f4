import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import matter from 'gray-matter';
import { afterAll, describe, expect, it } from 'vitest';
import { parseSpeechBody } from '@/lib/speech/parse-body';
import { runNpm, STACK_TRACE } from './run';

const FIXTURES = new URL('../fixtures/import/', import.meta.url).pathname;
const contentDir = mkdtempSync(join(tmpdir(), 'jianbao-import-'));
afterAll(() => {
  rmSync(contentDir, { recursive: true, force: true });
});

const importFile = (file: string, ...extra: string[]) =>
  runNpm(
    ['import', '--', join(FIXTURES, file), '--title', '测试讲话', '--date', '2024-08-21', '--kind', '讲话', ...extra],
    {
      JIANBAO_CONTENT_DIR: contentDir,
    },
  );

describe('npm run import', () => {
  it.each(['gbk.txt', 'utf16-bom.txt', 'crlf-fullwidth.txt', 'pasted-html.txt'])(
    'imports %s into the same clean Markdown',
    (file) => {
      const slug = file.replace(/\.txt$/, '');
      const result = importFile(file, '--slug', slug);
      expect(result.status).toBe(0);
      const written = matter(readFileSync(join(contentDir, 'speeches', `${slug}.md`), 'utf8'));
      expect(written.data).toMatchObject({ title: '测试讲话', date: '2024-08-21', kind: '讲话', draft: false });
      expect(written.content).toBe(
        '同志们：\n\n## 一、扩大开放\n\n下半年力争完成新签约项目签约总额600亿元。\\*\\*同志作了发言。\n',
      );
      expect(parseSpeechBody(written.content).blocks.at(-1)?.text).toBe(
        '下半年力争完成新签约项目签约总额600亿元。**同志作了发言。',
      );
    },
  );

  it('names the fields still to fill in', () => {
    const result = importFile('gbk.txt', '--slug', 'fields-to-fill');
    expect(result.stdout).toContain('still to fill in: occasion, source, summary');
  });

  it.each([
    ['report.pdf.txt', /PDF 文件，不是纯文本.*Save it as plain text/s],
    ['report.doc', /Word 97-2003 \(\.doc\) \/ WPS 文件.*Save it as plain text/s],
  ])('refuses the binary file %s with a hint', (file, message) => {
    const result = importFile(file);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(message);
    expect(result.output).not.toMatch(STACK_TRACE);
    expect(existsSync(join(contentDir, 'speeches', 'report.md'))).toBe(false);
  });

  it('never overwrites an existing speech without --force', () => {
    expect(importFile('gbk.txt', '--slug', 'kept').status).toBe(0);
    const again = importFile('crlf-fullwidth.txt', '--slug', 'kept');
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/已存在.*--force/s);
    expect(importFile('crlf-fullwidth.txt', '--slug', 'kept', '--force').status).toBe(0);
  });

  it('gives a file with Chinese characters and spaces in its name a clean URL slug', () => {
    const named = join(contentDir, '高新区 讲话.txt');
    cpSync(join(FIXTURES, 'gbk.txt'), named);
    const result = runNpm(['import', '--', named, '--title', '测试'], { JIANBAO_CONTENT_DIR: contentDir });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/speeches\/speech-[a-z0-9]{7}\.md/);
  });
});
