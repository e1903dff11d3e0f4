import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runNpm } from './run';

const ROOT = new URL('../../', import.meta.url).pathname;
let contentDir = '';
let outDir = '';
let build: ReturnType<typeof runNpm>;

// The real content plus one theme appended to themes.yaml: everything about it must come from data.
beforeAll(() => {
  contentDir = mkdtempSync(join(tmpdir(), 'jianbao-new-theme-'));
  outDir = mkdtempSync(join(tmpdir(), 'jianbao-new-theme-dist-'));
  cpSync(join(ROOT, 'content'), contentDir, { recursive: true });
  const extra = readFileSync(join(ROOT, 'tests/fixtures/new-theme/extra-theme.yaml'), 'utf8');
  writeFileSync(
    join(contentDir, 'themes.yaml'),
    `${readFileSync(join(ROOT, 'content/themes.yaml'), 'utf8')}\n${extra}`,
  );
  build = runNpm(['build', '--', '--outDir', outDir], { JIANBAO_CONTENT_DIR: contentDir });
});

afterAll(() => {
  rmSync(contentDir, { recursive: true, force: true });
  rmSync(outDir, { recursive: true, force: true });
});

const read = (path: string) => readFileSync(join(outDir, path), 'utf8');

describe('a theme added to themes.yaml only', () => {
  it('builds', () => {
    expect(build.output).not.toMatch(/\[ERROR\]/);
    expect(build.status).toBe(0);
  });

  it('gets its own page with passages and a feed', () => {
    const page = read('themes/urban-renewal/index.html');
    expect(page).toContain('<h1>城市更新</h1>');
    expect(page).toContain('class="passage"');
    expect(read('themes/urban-renewal/rss.xml')).toContain('<title>简报 · 城市更新</title>');
  });

  it('gets its colours in /theme-colors.css, light and dark', () => {
    const css = read('theme-colors.css');
    expect(css).toContain('--theme-urban-renewal: #8a4b08;');
    expect(css).toContain('--theme-urban-renewal: #f0b46e;');
    expect(css).toContain("[data-theme='urban-renewal']");
  });

  it('is counted and named in the home page copy', () => {
    const home = read('index.html');
    expect(home).toContain('五个主题');
    expect(home).toContain('开放、创新、营商环境、项目、城市更新');
    const card = /data-theme="urban-renewal"[\s\S]*?(\d+) 篇讲话 · (\d+) 个段落/.exec(home);
    expect(Number(card?.[1])).toBeGreaterThan(0);
    expect(Number(card?.[2])).toBeGreaterThan(0);
  });
});
