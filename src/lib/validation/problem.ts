/** One thing wrong with the content, said so that a staff member can fix it without a programmer. */
export interface ContentProblem {
  /** Path relative to the project, e.g. `content/speeches/x.md`. */
  file: string;
  /** 1-based line in that file, when known. */
  line?: number;
  /** The front-matter field or record, e.g. `date` or `[3].quote`. */
  field?: string;
  /** Chinese first, then English: what was found and what is expected. */
  message: string;
}

/** `content/speeches/x.md:3 [date] message` — the format both `npm run check` and the build print. */
export function formatProblem(problem: ContentProblem): string {
  const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  const field = problem.field === undefined ? '' : ` [${problem.field}]`;
  return `${where}${field}\n    ${problem.message}`;
}

/** Turns a character offset in `text` into a 1-based line number. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
