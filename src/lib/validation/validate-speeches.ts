import type { z } from 'zod';
import { firstInvalidUtf8Line, isValidUtf8 } from '../importer/decode-text';
import { speechPath } from '../pages/urls';
import { RESERVED_SPEECH_SLUGS, SpeechSchema, type SpeechData } from '../schemas/speech';
import { parseSpeechBody } from '../speech/parse-body';
import type { SpeechBlock } from '../speech/types';
import { speechSlug } from '../speech/slug';
import { readFrontMatter } from '../speech/front-matter';
import type { ContentProblem } from './problem';

export interface ContentFile {
  /** Path relative to the project root, with forward slashes. */
  path: string;
  bytes: Uint8Array;
}

/** A speech that passed validation, with what later checks (targets) need. */
export interface CheckedSpeech {
  file: string;
  slug: string;
  data: SpeechData;
  /** Plain text of the body's paragraphs and headings, for checking target quotes. */
  text: string;
}

export interface SpeechValidation {
  problems: ContentProblem[];
  speeches: CheckedSpeech[];
}

// MDX's module syntax would run code at build time; speeches are records, not programs.
const MDX_MODULE_LINE = /^(?:import|export)\s/m;

/**
 * Validates every speech file and reports all problems at once (Astro's own build stops at the
 * first bad file). `themeSlugs` are the slugs defined in content/themes.yaml.
 */
export function validateSpeeches(files: ContentFile[], themeSlugs: readonly string[]): SpeechValidation {
  const problems: ContentProblem[] = [];
  const speeches: CheckedSpeech[] = [];
  const slugOwners = new Map<string, string>();
  for (const file of files) {
    const checked = checkSpeechFile(file, themeSlugs, problems);
    if (!checked) continue;
    const slugProblem = checkSlug(file.path, checked.slug, slugOwners);
    if (slugProblem) problems.push(slugProblem);
    if (checked.speech) speeches.push(checked.speech);
  }
  return { problems, speeches };
}

// One file's own problems, pushed onto `problems` in the order of the file; the slug it claims,
// and the speech when its front matter is valid. Undefined when the file cannot be read at all.
function checkSpeechFile(
  { path, bytes }: ContentFile,
  themeSlugs: readonly string[],
  problems: ContentProblem[],
): { slug: string; speech?: CheckedSpeech } | undefined {
  if (!isValidUtf8(bytes)) {
    problems.push({
      file: path,
      line: firstInvalidUtf8Line(bytes),
      message:
        '文件不是 UTF-8 编码（可能是 GBK）：请用 npm run import 重新导入原始 .txt，或在编辑器中“另存为 UTF-8”。' +
        ' / The file is not UTF-8 (probably GBK): re-import the original .txt with npm run import, or save it as UTF-8.',
    });
    return undefined;
  }
  const front = readFrontMatter(path, new TextDecoder().decode(bytes));
  if (!front.ok) {
    problems.push(front.problem);
    return undefined;
  }
  const { data, body, bodyStartLine, lineOf } = front.value;
  const parsed = SpeechSchema.safeParse(data, { reportInput: true });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problems.push(toProblem(path, issue, lineOf));
  }
  problems.push(...checkThemes(path, data, lineOf, themeSlugs));
  const { blocks, problems: bodyProblems } = checkBody(path, body, bodyStartLine);
  problems.push(...bodyProblems);
  const slug = speechSlug(path, data);
  if (!parsed.success) return { slug };
  return { slug, speech: { file: path, slug, data: parsed.data, text: blocks.map((block) => block.text).join('\n') } };
}

// Hand-set themes must be slugs of content/themes.yaml.
function checkThemes(
  path: string,
  data: Record<string, unknown>,
  lineOf: (field: string) => number,
  themeSlugs: readonly string[],
): ContentProblem[] {
  const themes: unknown[] = Array.isArray(data['themes']) ? data['themes'] : [];
  return themes
    .filter((theme) => !themeSlugs.includes(String(theme)))
    .map((theme) => ({
      file: path,
      line: lineOf('themes'),
      field: 'themes',
      message: `没有这个主题：“${String(theme)}”。可用的主题：${themeSlugs.join('、')}（见 content/themes.yaml）。 / Unknown theme "${String(theme)}": use one of ${themeSlugs.join(', ')} (see content/themes.yaml).`,
    }));
}

// The body: no MDX module lines, nothing the site refuses to publish, at least one paragraph.
function checkBody(
  path: string,
  body: string,
  bodyStartLine: number,
): { blocks: SpeechBlock[]; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const moduleLine = path.endsWith('.mdx') ? MDX_MODULE_LINE.exec(body) : null;
  if (moduleLine) {
    problems.push({
      file: path,
      line: bodyStartLine + body.slice(0, moduleLine.index).split('\n').length - 1,
      message:
        '讲话正文中不能有 import/export 语句：讲话是公开记录，不运行代码。请删除这一行。 / Speeches may not contain import/export: a speech is a public record and runs no code. Remove the line.',
    });
  }
  const { blocks, problems: bodyProblems } = parseSpeechBody(body);
  for (const problem of bodyProblems) {
    problems.push({
      file: path,
      line: bodyStartLine + problem.line - 1,
      message:
        problem.kind === 'raw-html'
          ? `正文中有 HTML 代码“${problem.found}”，网站不会发布它：请删除，或在 < 前加反斜杠 \\ 让它按文字显示。 / The text contains HTML "${problem.found}", which the site refuses to publish: remove it, or put a backslash \\ before < to show it as text.`
          : `正文中有网站不支持的格式（${problem.found}）：讲话只用标题（##）和段落。 / The text uses an unsupported block (${problem.found}): speeches use only headings (##) and paragraphs.`,
    });
  }
  if (!blocks.some((block) => block.type === 'paragraph')) {
    problems.push({
      file: path,
      line: bodyStartLine,
      message:
        '正文是空的：在结束的 --- 之后粘贴讲话全文。 / The text is empty: paste the speech after the closing ---.',
    });
  }
  return { blocks, problems };
}

// A slug is a URL: not one of the index's filter segments, and not one another file already has.
function checkSlug(path: string, slug: string, owners: Map<string, string>): ContentProblem | undefined {
  if (RESERVED_SPEECH_SLUGS.includes(slug)) {
    return {
      file: path,
      message: `网址 ${speechPath(slug)} 已被讲话列表的筛选页占用：请改文件名，或在文件头加 slug 字段。 / The URL ${speechPath(slug)} belongs to the speech index's filter pages: rename the file or set a "slug".`,
    };
  }
  const owner = owners.get(slug);
  if (owner !== undefined) {
    return {
      file: path,
      message: `与 ${owner} 的网址相同（${speechPath(slug)}）：请改文件名，或在文件头加不同的 slug 字段。 / Same URL as ${owner} (${speechPath(slug)}): rename the file or give it a different "slug".`,
    };
  }
  owners.set(slug, path);
  return undefined;
}

function toProblem(file: string, issue: z.core.$ZodIssue, lineOf: (field: string) => number): ContentProblem {
  const field = issue.path.map(String).join('.');
  const top = String(issue.path[0] ?? '');
  const missing = issue.code === 'invalid_type' && issue.input === undefined;
  const message = missing
    ? `缺少必填字段“${field}”：请在文件头中加上 ${field}: …。 / Missing required field "${field}": add ${field}: … to the front matter.`
    : issue.message;
  return { file, line: lineOf(top), field, message };
}
