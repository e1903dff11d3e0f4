import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import matter from 'gray-matter';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { slugFromFileName } from '@/lib/speech/slug';
import { runNpm } from './run';

const ROOT = new URL('../../', import.meta.url).pathname;
const VALID = join(ROOT, 'tests/fixtures/broken/valid.md');
const FIVE_MEGABYTES = 5_000_000;
let contentDir = '';
let outDir = '';
let lastParagraph = '';
let build: ReturnType<typeof runNpm>;

beforeAll(() => {
  contentDir = mkdtempSync(join(tmpdir(), 'jianbao-unusual-'));
  outDir = mkdtempSync(join(tmpdir(), 'jianbao-unusual-dist-'));
  mkdirSync(join(contentDir, 'speeches'));
  cpSync(join(ROOT, 'content/themes.yaml'), join(contentDir, 'themes.yaml'));
  cpSync(VALID, join(contentDir, 'speeches', '高新区 讲话.md'));
  cpSync(VALID, join(contentDir, 'speeches', 'Work Report 2022.md'));

  // A 5 MB speech: a long work report pasted many times over, with a unique last paragraph.
  const report = matter(readFileSync(join(ROOT, 'content/speeches/2022-quwei-shijie-sici-quanhui.md'), 'utf8'));
  let body = '';
  while (Buffer.byteLength(body) < FIVE_MEGABYTES) body += `${report.content}\n\n`;
  lastParagraph = '全文到此结束，这是最后一段，用于确认五兆字节的讲话完整发布。';
  writeFileSync(join(contentDir, 'speeches', 'big.md'), matter.stringify(`${body}${lastParagraph}\n`, report.data));
  build = runNpm(['build', '--', '--outDir', outDir], { JIANBAO_CONTENT_DIR: contentDir });
});

afterAll(() => {
  rmSync(contentDir, { recursive: true, force: true });
  rmSync(outDir, { recursive: true, force: true });
});

describe('a build with unusual content', () => {
  it('succeeds', () => {
    expect(build.output).not.toMatch(/\[ERROR\]/);
    expect(build.status).toBe(0);
  });

  it('gives file names with Chinese characters or spaces clean URL slugs', () => {
    const chinese = slugFromFileName('高新区 讲话.md');
    expect(chinese).toMatch(/^speech-[a-z0-9]+$/);
    expect(existsSync(join(outDir, 'speeches', chinese, 'index.html'))).toBe(true);
    expect(existsSync(join(outDir, 'speeches', 'work-report-2022', 'index.html'))).toBe(true);
  });

  it('publishes a 5 MB speech in full', () => {
    const page = readFileSync(join(outDir, 'speeches', 'big', 'index.html'), 'utf8');
    expect(Buffer.byteLength(page)).toBeGreaterThan(FIVE_MEGABYTES);
    expect(page).toContain(lastParagraph);
  });
});
