import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { HtmlValidate, type ConfigData, type Message } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { DIST_DIR, PROJECT_ROOT, listHtmlFiles, requireDist } from '../../scripts/lib/site-files';

// The project's config (recommended preset; any exception is justified in docs/quality.md).
const config = JSON.parse(await readFile(path.join(PROJECT_ROOT, '.htmlvalidate.json'), 'utf8')) as ConfigData;
const validator = new HtmlValidate(config);

requireDist();
const files = await listHtmlFiles();

const describeMessage = (file: string, message: Message): string =>
  `dist/${file}:${message.line}:${message.column} ${message.ruleId}: ${message.message} (${message.selector ?? ''})`;

describe('html-validate with .htmlvalidate.json', () => {
  it('reports invalid markup, so a clean result below means something', async () => {
    const report = await validator.validateString(
      '<!DOCTYPE html><html lang="zh-CN"><head><title>x</title></head><body><div><p>段落</div><img src="a.png"></body></html>',
      'broken.html',
    );
    const rules = report.results.flatMap((result) => result.messages.map((message) => message.ruleId));
    expect(rules).toEqual(expect.arrayContaining(['no-implicit-close', 'wcag/h37']));
  });

  it('finds the built pages to validate', () => {
    expect(files).toContain('index.html');
    expect(files).toContain('404.html');
  });

  it.each(files)('finds no errors in dist/%s', async (file) => {
    const html = await readFile(path.join(DIST_DIR, file), 'utf8');
    const report = await validator.validateString(html, file);
    const errors = report.results.flatMap((result) =>
      result.messages.filter((message) => message.severity === 2).map((message) => describeMessage(file, message)),
    );
    expect(errors).toEqual([]);
  });
});
