import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
    const result = runNpm(['import', '--', named], { JIANBAO_CONTENT_DIR: contentDir });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/speeches\/speech-[a-z0-9]{7}\.md/);
  });
});

describe('npm run import with no flags', () => {
  const REAL = new URL('../fixtures/import-real/', import.meta.url).pathname;
  const site = mkdtempSync(join(tmpdir(), 'jianbao-import-site-'));
  cpSync(new URL('../../content/themes.yaml', import.meta.url).pathname, join(site, 'themes.yaml'));
  afterAll(() => {
    rmSync(site, { recursive: true, force: true });
  });

  it('writes what the document says, and passes npm run check once summary and source are confirmed', () => {
    const result = runNpm(['import', '--', join(REAL, 'jinan-gaoxinqu-2024-dongyuan-dahui.txt')], {
      JIANBAO_CONTENT_DIR: site,
    });
    expect(result.status).toBe(0);
    expect(result.output).not.toMatch(STACK_TRACE);
    const file = join(site, 'speeches', '2024-02-23-jinan-gaoxinqu-gongzuo-dongyuan-dahui.md');
    expect(result.stdout).toContain(file);
    expect(result.stdout).toMatch(/date +2024-02-23\n +← 第3行“2月23日”，年份取自标题/);
    expect(result.stdout).toContain('still to fill in: source, summary');

    const text = readFileSync(file, 'utf8');
    const written = matter(text, {});
    expect(written.data).toMatchObject({
      title: '济南高新区2024年工作动员大会召开',
      kind: '新闻报道',
      occasion: '济南高新区2024年工作动员大会',
      dateNote: '文中只印“2月23日”（第3行）；年份据标题“济南高新区2024年工作动员大会召开”推断为2024年',
      source: '',
      summary: '',
    });
    expect(written.content.startsWith('2月23日,济南高新区2024年工作动员大会召开。')).toBe(true);

    const unconfirmed = runNpm(['check'], { JIANBAO_CONTENT_DIR: site });
    expect(unconfirmed.status).toBe(1);
    expect(unconfirmed.output).toMatch(/“source”不能为空/);

    // Staff confirm the proposed summary (the comment the importer wrote) and name the source.
    const proposed = /# 建议（第3行（导语）），请核对后填入 \/ proposed, check and fill in: (.+)\n/.exec(text)?.[1];
    expect(proposed).toBe(
      '2月23日,济南高新区2024年工作动员大会召开。济南市委常委,高新区党工委书记、管委会主任孙斌;高新区党工委副书记、管委会常务副主任任广锋出席会议并讲话。',
    );
    writeFileSync(
      file,
      text
        .replace('summary: ""', `summary: ${JSON.stringify(proposed)}`)
        .replace('source: ""', 'source: 济南高新区新闻稿（测试数据）'),
    );
    const confirmed = runNpm(['check'], { JIANBAO_CONTENT_DIR: site });
    expect(confirmed.output).toContain('内容检查通过');
    expect(confirmed.status).toBe(0);
  });

  it('lists what it kept out of the body', () => {
    const result = runNpm(
      ['import', '--', join(REAL, 'liaocheng-dongchangfu-daibiaotuan-2024.txt'), '--date', '2024-01-13'],
      {
        JIANBAO_CONTENT_DIR: site,
      },
    );
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('第12行 编辑署名 / editor credit: 编辑 | 李念辉');
    expect(result.stdout).toContain('第10行 记者署名 / reporter byline: 记者 | 徐振鑫 于继镔 李海鑫');
  });

  it('lets a flag override a proposal', () => {
    const result = runNpm(
      ['import', '--', join(REAL, 'guowuyuan-2025-zhengfu-gongzuo-baogao.txt'), '--kind', '讲话', '--slug', 'override'],
      { JIANBAO_CONTENT_DIR: site },
    );
    expect(result.status).toBe(0);
    const written = matter(readFileSync(join(site, 'speeches', 'override.md'), 'utf8'), {});
    expect(written.data).toMatchObject({ kind: '讲话', date: '2025-03-05', speaker: '国务院总理 李强' });
    expect(result.stdout).toMatch(/kind +讲话\n +← --kind/);
  });
});
