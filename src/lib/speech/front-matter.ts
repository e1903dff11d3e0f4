import matter from 'gray-matter';
import { parseDocument, type Document } from 'yaml';
import { lineAt, type ContentProblem } from '../validation/problem';

export interface FrontMatter {
  data: Record<string, unknown>;
  body: string;
  /** 1-based line of the body's first line, so body problems can name file lines. */
  bodyStartLine: number;
  /** Line of each top-level key, for messages. */
  lineOf: (field: string) => number;
}

const OPEN = /^---[ \t]*\r?\n/;
// gray-matter's own rule for the closing delimiter, so the check and the split agree.
const CLOSE = '\n---';

/**
 * The one reader of a speech file's front matter, for the loader, the search index, the content
 * check and the staff tools: gray-matter splits the file, and its YAML engine is the `yaml`
 * package's YAML 1.2 instead of gray-matter's YAML 1.1. YAML 1.2 keeps `2024-02-30` as text, so an
 * impossible date reaches the schema as written instead of silently rolling over to 1 March.
 */
export function readFrontMatter(
  file: string,
  text: string,
): { ok: true; value: FrontMatter } | { ok: false; problem: ContentProblem } {
  if (!OPEN.test(text)) {
    return fail(
      file,
      1,
      '缺少文件头（front matter）：文件第一行必须是 ---，接着写 title、date 等字段，再用一行 --- 结束。' +
        ' / Missing front matter: the first line must be ---, then the fields (title, date, …), then a closing ---.',
    );
  }
  if (!text.includes(CLOSE, 3)) {
    return fail(
      file,
      1,
      '文件头没有结束：在字段之后、正文之前加一行 ---。 / Front matter is not closed: add a line --- after the fields, before the text.',
    );
  }
  // gray-matter hands the engine the text between the delimiters, starting with the rest of the
  // opening line, so a line of that text is the same line of the file.
  let yamlText = '';
  let document: Document | undefined;
  // Options (any) also keep gray-matter from caching every file's text and sharing `data` objects.
  const split = matter(text, {
    engines: {
      yaml: (input: string) => {
        yamlText = input;
        document = parseDocument(input, { prettyErrors: false });
        return document.errors.length > 0 ? {} : ((document.toJS() as object | null) ?? {});
      },
    },
  });
  const error = document?.errors[0];
  if (error) {
    return fail(
      file,
      errorLine(yamlText, error.code, error.pos[0]),
      `文件头的 YAML 写法有误：${error.message.split('\n')[0]}。常见原因：冒号后缺空格、引号没配对、缩进不一致。` +
        ` / Front matter is not valid YAML: ${error.message.split('\n')[0]}. Usually a missing space after a colon, an unpaired quote or uneven indentation.`,
    );
  }
  const data: unknown = split.data;
  if (typeof data !== 'object' || Array.isArray(data)) {
    return fail(file, 2, '文件头必须是“字段: 值”的列表。 / Front matter must be a list of "field: value" lines.');
  }
  const body = split.content;
  return {
    ok: true,
    value: {
      data: data as Record<string, unknown>,
      body,
      bodyStartLine: lineAt(text, text.length - body.length),
      lineOf: (field) => {
        const node = document?.get(field, true) as { range?: [number, number, number] } | undefined;
        return node?.range ? lineAt(yamlText, node.range[0]) : 1;
      },
    },
  };
}

function fail(file: string, line: number, message: string): { ok: false; problem: ContentProblem } {
  return { ok: false, problem: { file, line, message } };
}

// YAML reports an unclosed quote where the text ends; staff need the line where the quote opened.
function errorLine(yamlText: string, code: string, offset: number): number {
  if (code === 'MISSING_CHAR') {
    const lines = yamlText.split('\n');
    const unbalanced = lines.findIndex((line) => (line.match(/"/g) ?? []).length % 2 === 1);
    if (unbalanced !== -1) return unbalanced + 1;
  }
  return lineAt(yamlText, offset);
}
