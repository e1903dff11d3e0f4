/**
 * `npm run import -- <file.txt> [--title … --date … --kind … --occasion … --speaker … --organization …
 *  --region … --source … --summary … --slug … --force]`
 *
 * Turns a plain-text speech into `content/speeches/<slug>.md`. The seeds were imported with this tool.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import matter from 'gray-matter';
import { decodeSpeechText } from '../src/lib/importer/decode-text';
import { convertTextToMarkdown } from '../src/lib/importer/text-to-markdown';
import { slugFromFileName } from '../src/lib/speech/slug';
import { SLUG_PATTERN } from '../src/lib/schemas/speech';
import { parseArgs, runCli, UserError } from './lib/cli';
import { settings } from '../src/settings';

const FIELDS = [
  'title',
  'date',
  'dateNote',
  'kind',
  'occasion',
  'speaker',
  'organization',
  'region',
  'source',
  'summary',
] as const;
const REQUIRED = new Set(['title', 'date', 'kind', 'occasion', 'source', 'summary']);

runCli(() => {
  const { positional, options } = parseArgs(process.argv.slice(2));
  const file = positional[0];
  if (file === undefined) {
    throw new UserError(
      '用法 / usage: npm run import -- <文件.txt> --title 标题 --date 2024-08-21 --kind 讲话 [--force]',
    );
  }
  if (!existsSync(file)) throw new UserError(`${file}: 找不到文件 / file not found`);

  const decoded = decodeSpeechText(readFileSync(file));
  if (!decoded.ok) {
    throw new UserError(
      `${file}: 这是 ${decoded.format} 文件，不是纯文本。请在 Word/WPS 中“另存为 → 纯文本 (.txt)”后再导入。\n` +
        `  ${file}: this is a ${decoded.format} file, not plain text. Save it as plain text (.txt) first, then import that.`,
    );
  }

  const data: Record<string, string | boolean> = {};
  for (const field of FIELDS) {
    const value = options.get(field);
    if (typeof value === 'string' && value.trim() !== '') data[field] = value.trim();
    else if (REQUIRED.has(field)) data[field] = '';
  }
  data['draft'] = false;

  const slugOption = options.get('slug');
  const slug = typeof slugOption === 'string' ? slugOption : slugFromFileName(basename(file).replace(/\.[^.]+$/, ''));
  if (!SLUG_PATTERN.test(slug)) {
    throw new UserError(`--slug "${slug}": 只能用小写字母、数字和连字符 / use only a-z, 0-9 and hyphens`);
  }

  const target = join(settings.contentDir, 'speeches', `${slug}.md`);
  if (existsSync(target) && options.get('force') !== true) {
    throw new UserError(`${target} 已存在；确认要覆盖请加 --force / already exists: add --force to overwrite it`);
  }

  const title = typeof data['title'] === 'string' ? data['title'] : '';
  const body = convertTextToMarkdown(decoded.text, title === '' ? {} : { title });
  mkdirSync(join(settings.contentDir, 'speeches'), { recursive: true });
  writeFileSync(target, matter.stringify(body, data));

  const missing = [...REQUIRED].filter((field) => data[field] === '');
  console.log(`✔ ${target} (${decoded.encoding})`);
  if (missing.length > 0) {
    console.log(`  还需填写 / still to fill in: ${missing.join(', ')} — 然后运行 / then run: npm run check`);
  }
});
