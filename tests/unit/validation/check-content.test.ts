import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContentFolder } from '@/integrations/content-check';
import type { ContentProblem } from '@/lib/validation/problem';

const FIXTURES = new URL('../../fixtures/broken/', import.meta.url).pathname;
const TARGET_FIXTURES = new URL('../../fixtures/broken-targets/', import.meta.url).pathname;
const INDICATOR_FIXTURES = new URL('../../fixtures/broken-indicators/', import.meta.url).pathname;
const THEMES = new URL('../../../content/themes.yaml', import.meta.url).pathname;
const roots: string[] = [];

/** Runs the check on a content folder holding the real themes.yaml and the given fixture speeches. */
function check(...fixtures: string[]): ContentProblem[] {
  const root = mkdtempSync(join(tmpdir(), 'jianbao-check-'));
  roots.push(root);
  mkdirSync(join(root, 'content/speeches'), { recursive: true });
  mkdirSync(join(root, 'content/targets'), { recursive: true });
  cpSync(THEMES, join(root, 'content/themes.yaml'));
  for (const fixture of fixtures) {
    if (fixture.startsWith('indicators:')) {
      const name = fixture.slice('indicators:'.length);
      if (name.endsWith('.csv')) {
        mkdirSync(join(root, 'content/data'), { recursive: true });
        cpSync(join(INDICATOR_FIXTURES, name), join(root, 'content/data', name));
      } else if (name.endsWith('indicators.yaml')) {
        cpSync(join(INDICATOR_FIXTURES, name), join(root, 'content/indicators.yaml'));
      } else {
        cpSync(join(INDICATOR_FIXTURES, name), join(root, 'content/targets', name));
      }
      continue;
    }
    const [from, to] = fixture.endsWith('.yaml')
      ? [join(TARGET_FIXTURES, fixture), join(root, 'content/targets', fixture)]
      : [join(FIXTURES, fixture), join(root, 'content/speeches', fixture.replace(/^.*\//, ''))];
    cpSync(from, to);
  }
  return checkContentFolder(root, 'content');
}

afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

describe('checkContentFolder', () => {
  it('accepts a valid speech', () => {
    expect(check('valid.md')).toEqual([]);
  });

  it('reports a line of content/search-synonyms.txt it cannot use, with its line', () => {
    const root = mkdtempSync(join(tmpdir(), 'jianbao-check-'));
    roots.push(root);
    mkdirSync(join(root, 'content'), { recursive: true });
    cpSync(THEMES, join(root, 'content/themes.yaml'));
    // Test data: one good line and one with a single form.
    writeFileSync(join(root, 'content/search-synonyms.txt'), '规上 = 规模以上\n综保区\n');
    expect(checkContentFolder(root, 'content')).toEqual([
      {
        file: 'content/search-synonyms.txt',
        line: 2,
        message: expect.stringMatching(/只有一个词.*Only one form/s) as string,
      },
    ]);
  });

  it.each([
    ['missing-front-matter.md', 1, undefined, /缺少文件头.*Missing front matter/s],
    ['unclosed-front-matter.md', 1, undefined, /文件头没有结束.*not closed/s],
    ['invalid-yaml.md', 4, undefined, /YAML 写法有误.*not valid YAML/s],
    ['missing-title.md', 1, 'title', /缺少必填字段“title”.*Missing required field "title"/s],
    ['impossible-date.md', 3, 'date', /不存在的日期 2024-02-30.*impossible date/s],
    ['malformed-date.md', 3, 'date', /格式不对.*write 2024-08-21/s],
    ['unknown-theme.md', 8, 'themes', /没有这个主题：“招商”.*Unknown theme "招商"/s],
    ['unknown-kind.md', 4, 'kind', /“kind”不认识（演讲稿）.*unknown "kind"/s],
    ['empty-body.md', 9, undefined, /正文是空的.*text is empty/s],
    ['not-utf8.md', 9, undefined, /不是 UTF-8.*not UTF-8/s],
    ['hostile-script.md', 11, undefined, /HTML 代码“<script>alert\(document.cookie\)<\/script>”.*refuses to publish/s],
    ['hostile-onclick.md', 9, undefined, /HTML 代码“<a href="#" onclick="alert\(1\)">”/],
    ['hostile-iframe.md', 9, undefined, /HTML 代码“<iframe src="https:\/\/evil.example\/">/],
    ['hostile-style.md', 9, undefined, /HTML 代码“<style>body\{display:none\}<\/style>”/],
    ['hostile-mdx-import.mdx', 9, undefined, /import\/export.*runs no code/s],
  ])('refuses %s, naming the file, line and field', (fixture, line, field, message) => {
    const problems = check(fixture);
    expect(problems.length).toBeGreaterThan(0);
    const [first] = problems;
    expect(first).toMatchObject({ file: `content/speeches/${fixture}`, line, ...(field ? { field } : {}) });
    expect(first?.message).toMatch(message);
  });

  it('reports every bad file in one run, not only the first', () => {
    const problems = check('missing-title.md', 'impossible-date.md', 'unknown-theme.md', 'valid.md');
    expect(new Set(problems.map((problem) => problem.file))).toEqual(
      new Set([
        'content/speeches/missing-title.md',
        'content/speeches/impossible-date.md',
        'content/speeches/unknown-theme.md',
      ]),
    );
  });

  it('refuses two files that would get the same URL', () => {
    const problems = check('duplicate-url/speech one.md', 'duplicate-url/speech_one.md');
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toMatch(/网址相同（\/speeches\/speech-one\/）.*Same URL/s);
  });

  it('lets a javascript: link through only after the sanitizer removed its target', () => {
    expect(check('hostile-javascript-link.md')).toEqual([]);
  });

  it('accepts a target whose quote occurs in its speech', () => {
    expect(check('valid.md', 'valid.yaml')).toEqual([]);
  });

  it.each([
    [
      'quote-not-in-speech.yaml',
      11,
      '[1].quote',
      /引文在讲话 content\/speeches\/valid\.md 中找不到.*copy it word for word/s,
    ],
    ['value-not-number.yaml', 4, '[1].value', /value 必须是数字.*a number as stated/s],
    ['unknown-unit.yaml', 5, '[1].unit', /未知单位“亿英镑”.*src\/lib\/numbers\/units\.ts/s],
    ['dangling-speech.yaml', 2, '[1].speech', /找不到讲话“no-such-speech”.*No speech "no-such-speech"/s],
  ])('refuses the target file %s, naming the line and record field', (fixture, line, field, message) => {
    const problems = check('valid.md', fixture);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: `content/targets/${fixture}`, line, field });
    expect(problems[0]?.message).toMatch(message);
  });

  it('accepts a target that links to an indicator by name, and a data file of it', () => {
    expect(check('valid.md', 'valid.yaml', 'indicators:indicators.yaml')).toEqual([]);
  });

  it('refuses an indicatorId that content/indicators.yaml lacks', () => {
    const problems = check('valid.md', 'indicators:indicators.yaml', 'indicators:unknown-indicator-id.yaml');
    expect(problems).toMatchObject([
      { file: 'content/targets/unknown-indicator-id.yaml', line: 4, field: '[1].indicatorId' },
    ]);
    expect(problems[0]?.message).toMatch(/没有指标“signed-project”.*No indicator "signed-project"/s);
  });

  it('refuses a name that matches two indicators, naming both and the fix', () => {
    const problems = check('valid.md', 'valid.yaml', 'indicators:ambiguous/indicators.yaml');
    expect(problems).toMatchObject([{ file: 'content/targets/valid.yaml', line: 3, field: '[1].indicator' }]);
    expect(problems[0]?.message).toMatch(/对应多个指标：signed-projects、signed-projects-total。请加一行 indicatorId/);
  });

  it('refuses bad indicator entries, naming the line and field', () => {
    const problems = check('indicators:bad/indicators.yaml');
    expect(problems.map(({ file, line, field }) => ({ file, line, field }))).toEqual([
      { file: 'content/indicators.yaml', line: 6, field: '[2].id' },
      { file: 'content/indicators.yaml', line: 10, field: '[2].unit' },
    ]);
  });

  it('refuses a bad data-file row, naming the file, line and column', () => {
    const problems = check('valid.md', 'valid.yaml', 'indicators:indicators.yaml', 'indicators:data.csv');
    expect(problems).toMatchObject([{ file: 'content/data/data.csv', line: 3, field: 'period' }]);
  });

  it('refuses a speech whose URL the filter pages use', () => {
    const problems = check('reserved/year.md');
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toMatch(/\/speeches\/year\/ 已被讲话列表的筛选页占用.*filter pages/s);
  });
});
