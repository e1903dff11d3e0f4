import type { ContentProblem } from '../validation/problem';
import { normalizeForSearch } from './normalize';

/**
 * Short names and full names that are one thing to a reader (规上 = 规模以上, 综保区 = 综合保税区),
 * kept by staff in `content/search-synonyms.txt`, one group per line, forms separated by `=`:
 *
 *   综保区 = 综合保税区
 *
 * A search for one form also searches the others, and says so on the page; a quoted query ("规上")
 * searches only the form typed. Forms are matched inside longer words too: 规上企业 also searches
 * 规模以上企业.
 */
export type SynonymGroups = readonly (readonly string[])[];

export const SYNONYMS_FILE = 'content/search-synonyms.txt';

/** Reads the synonyms file; every line that cannot be used is a problem naming its line. */
export function parseSynonymsText(
  text: string,
  file = SYNONYMS_FILE,
): { groups: string[][]; problems: ContentProblem[] } {
  const groups: string[][] = [];
  const problems: ContentProblem[] = [];
  const lineOf = new Map<string, number>();
  for (const [index, raw] of text.split(/\r?\n/).entries()) {
    const line = index + 1;
    const content = raw.replace(/#.*$/, '').trim();
    if (content === '') continue;
    const problem = (message: string) => problems.push({ file, line, message });
    const forms = content.split(/[=＝]/).map((form) => normalizeForSearch(form).trim());
    if (forms.length < 2) {
      problem(
        `这一行只有一个词“${content}”：请用“=”写出同一事物的几种说法，如“综保区 = 综合保税区”。 / ` +
          `Only one form on this line: separate the names of one thing with "=", e.g. "综保区 = 综合保税区".`,
      );
      continue;
    }
    const group: string[] = [];
    for (const form of forms) {
      if (form === '') {
        problem('“=”两边都要有词，这一行有一边是空的。 / A form is empty: write a name on both sides of every "=".');
      } else if (/\s/.test(form)) {
        problem(
          `“${form}”中间有空格：一个说法里不能有空格，请删去空格或分成两行。 / ` +
            `"${form}" contains a space: a form cannot contain spaces; remove it or split the line.`,
        );
      } else if (Array.from(form).length < 2) {
        problem(
          `“${form}”只有一个字，会匹配太多讲话：请写完整的词。 / "${form}" is a single character and would match almost every speech: write the whole word.`,
        );
      } else if (lineOf.has(form)) {
        problem(
          `“${form}”已写在第 ${lineOf.get(form)} 行：一个说法只能属于一组，请合并这两行。 / ` +
            `"${form}" is already on line ${lineOf.get(form)}: a form belongs to one group only; merge the two lines.`,
        );
      } else {
        lineOf.set(form, line);
        group.push(form);
      }
    }
    if (group.length === forms.length) groups.push(group);
  }
  return { groups, problems };
}

/** One way of writing a query part: what the page must contain, and why it is searched. */
export interface AlternativeForm {
  text: string;
  /** The synonym form that was swapped in (`综合保税区` for 综保区): what the page says was also searched. */
  swapped: string;
}

/**
 * The other ways of writing `text` by the synonym groups: each form of a group found in it
 * (longest first, so 专精特新“小巨人” wins over 小巨人) replaced by each other form of its group.
 * One group is applied per text, which keeps the list short and predictable.
 */
export function expandSynonyms(text: string, groups: SynonymGroups): AlternativeForm[] {
  const candidates = groups
    .flatMap((group) => group.map((form) => ({ form, group })))
    .filter(({ form }) => text.includes(form))
    .sort((a, b) => b.form.length - a.form.length);
  const best = candidates[0];
  if (!best) return [];
  return best.group
    .filter((other) => other !== best.form && !text.includes(other))
    .map((other) => ({ text: text.split(best.form).join(other), swapped: other }));
}
