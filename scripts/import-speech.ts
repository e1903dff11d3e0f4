/**
 * `npm run import -- <file.txt> [--title … --date … --dateNote … --kind … --occasion … --speaker …
 *  --organization … --region … --source … --summary … --slug … --force]`
 *
 * Turns a plain-text speech into `content/speeches/<slug>.md`. What the document states about
 * itself (title, date, kind, occasion, speaker, organization) is proposed and written, each with
 * where it was read; a flag overrides a proposal. `summary` and `source` are written empty with
 * the proposal beside them as a comment, for staff to confirm; `npm run check` asks for them.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pinyin } from 'pinyin-pro';
import { Document, isMap, isScalar } from 'yaml';
import { decodeSpeechText } from '../src/lib/importer/decode-text';
import { readSpeechDocument, type ReadDocument } from '../src/lib/importer/read-document';
import { SCRAP_LABELS } from '../src/lib/importer/scraps';
import { slugFromFileName, slugFromTitle } from '../src/lib/speech/slug';
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
type Field = (typeof FIELDS)[number];
const REQUIRED = new Set<Field>(['title', 'date', 'kind', 'occasion', 'source', 'summary']);
// Written only from a flag: a proposal for these is a draft of staff's words, not the document's.
const CONFIRM = new Set<Field>(['source', 'summary']);

const REMOVED_LABELS: Record<ReadDocument['removed'][number]['kind'], string> = {
  ...SCRAP_LABELS,
  title: '标题 / title (→ title)',
  dateline: '日期行 / dateline (→ date, occasion)',
  speaker: '署名行 / speaker line (→ speaker)',
  published: '刊发日期 / paper date',
};

runCli(() => {
  const { positional, options } = parseArgs(process.argv.slice(2));
  const file = positional[0];
  if (file === undefined) {
    throw new UserError(
      '用法 / usage: npm run import -- <文件.txt> [--title 标题 --date 2024-08-21 --kind 讲话 …] [--force]',
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

  const document = readSpeechDocument(decoded.text);
  const proposals: Partial<Record<Field, { value: string; from: string }>> = { ...document.proposals };
  if (document.proposals.date?.note !== undefined) {
    proposals.dateNote = { value: document.proposals.date.note, from: '日期为推断 / the date is inferred' };
  }

  const data: Partial<Record<Field, string>> = {};
  const origin: Partial<Record<Field, string>> = {};
  const comments: Partial<Record<Field, string>> = {};
  for (const field of FIELDS) {
    const flag = options.get(field);
    const proposal = proposals[field];
    if (typeof flag === 'string' && flag.trim() !== '') {
      data[field] = flag.trim();
      origin[field] = `--${field}`;
    } else if (proposal !== undefined && CONFIRM.has(field)) {
      data[field] = '';
      comments[field] = `建议（${proposal.from}），请核对后填入 / proposed, check and fill in: ${proposal.value}`;
    } else if (proposal !== undefined) {
      data[field] = proposal.value;
      origin[field] = proposal.from;
    } else if (REQUIRED.has(field)) data[field] = '';
  }
  // A dateNote explains an inferred date; a date typed as a flag is not inferred.
  if (origin.date === '--date' && origin.dateNote !== '--dateNote') {
    delete data.dateNote;
    delete origin.dateNote;
  }

  const slugOption = options.get('slug');
  const proposedSlug =
    data.title === undefined || data.title === ''
      ? undefined
      : slugFromTitle(data.date === '' ? undefined : data.date, data.title, (han) =>
          pinyin(han, { toneType: 'none', type: 'array', v: true }),
        );
  const slug =
    typeof slugOption === 'string'
      ? slugOption
      : (proposedSlug ?? slugFromFileName(basename(file).replace(/\.[^.]+$/, '')));
  if (!SLUG_PATTERN.test(slug)) {
    throw new UserError(`--slug "${slug}": 只能用小写字母、数字和连字符 / use only a-z, 0-9 and hyphens`);
  }

  const target = join(settings.contentDir, 'speeches', `${slug}.md`);
  if (existsSync(target) && options.get('force') !== true) {
    throw new UserError(`${target} 已存在；确认要覆盖请加 --force / already exists: add --force to overwrite it`);
  }

  mkdirSync(join(settings.contentDir, 'speeches'), { recursive: true });
  writeFileSync(target, `---\n${frontMatter(data, comments)}---\n${document.markdown}`);

  console.log(`✔ ${target} (${decoded.encoding})`);
  console.log('  取自原文的建议，请逐项核对 / proposed from the document, check each:');
  for (const field of FIELDS) {
    if (origin[field] !== undefined)
      console.log(`    ${field.padEnd(12)} ${data[field]}\n${' '.repeat(17)}← ${origin[field]}`);
  }
  console.log(
    `    ${'slug'.padEnd(12)} ${slug}\n${' '.repeat(17)}← ${typeof slugOption === 'string' ? '--slug' : proposedSlug === undefined ? '文件名 / file name' : '日期 + 标题拼音 / date + title in pinyin'}`,
  );
  for (const field of FIELDS) {
    if (comments[field] !== undefined) console.log(`  待确认 / to confirm: ${field} — ${comments[field]}`);
  }
  const unstated = FIELDS.filter(
    (field) => data[field] === undefined || (data[field] === '' && comments[field] === undefined),
  );
  if (unstated.length > 0) {
    console.log(`  原文未写明，请补充或留空 / not stated in the document: ${unstated.join(', ')}`);
  }
  if (document.removed.length > 0) {
    console.log('  已移出正文 / kept out of the body:');
    for (const line of document.removed) console.log(`    第${line.line}行 ${REMOVED_LABELS[line.kind]}: ${line.text}`);
  }
  const missing = [...REQUIRED].filter((field) => data[field] === '');
  if (missing.length > 0) {
    console.log(`  还需填写 / still to fill in: ${missing.join(', ')} — 然后运行 / then run: npm run check`);
  }
});

/** The front matter as YAML, proposals to confirm as comments above their empty field. */
function frontMatter(data: Partial<Record<Field, string>>, comments: Partial<Record<Field, string>>): string {
  const yaml = new Document({ ...data, draft: false });
  if (isMap(yaml.contents)) {
    for (const pair of yaml.contents.items) {
      const key = isScalar(pair.key) ? (pair.key.value as Field) : undefined;
      const comment = key === undefined ? undefined : comments[key];
      if (comment !== undefined && isScalar(pair.key)) pair.key.commentBefore = ` ${comment}`;
      // gray-matter reads YAML 1.1, where an unquoted 2024-08-21 is a timestamp and 2019 a number.
      if (key === 'date' && isScalar(pair.value)) pair.value.type = 'QUOTE_SINGLE';
    }
  }
  return yaml.toString({ lineWidth: 0 });
}
