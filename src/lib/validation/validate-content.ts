import { parseDocument } from 'yaml';
import { parseSynonymsText } from '../search/synonyms';
import type { ContentProblem } from './problem';
import { validateSpeeches, type ContentFile } from './validate-speeches';
import { validateDataFiles, validateIndicators } from './validate-indicators';
import { validateTargets } from './validate-targets';
import { validateComparisons } from './validate-comparisons';

export type { ContentFile } from './validate-speeches';

export interface ContentTree {
  speeches: ContentFile[];
  /** content/themes.yaml, when it exists. */
  themes?: ContentFile;
  /** content/targets/*.yaml */
  targets: ContentFile[];
  /** content/search-synonyms.txt, when it exists. */
  synonyms?: ContentFile;
  /** content/indicators.yaml, when it exists. */
  indicators?: ContentFile;
  /** content/data/*.csv */
  data?: ContentFile[];
  /** content/comparisons.yaml, when it exists. */
  comparisons?: ContentFile;
  /** Any other file found in content/ that the site would ignore. */
  strays: string[];
}

/** Every problem in the content folder, in file order; empty means the site can be built. */
export function validateContent(tree: ContentTree): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const themeSlugs = tree.themes ? readThemeSlugs(tree.themes, problems) : [];
  if (!tree.themes) {
    problems.push({
      file: 'content/themes.yaml',
      message: '缺少主题文件 content/themes.yaml。 / content/themes.yaml is missing.',
    });
  }
  const speeches = validateSpeeches(tree.speeches, themeSlugs);
  const indicators = validateIndicators(tree.indicators);
  problems.push(
    ...speeches.problems,
    ...indicators.problems,
    ...validateTargets(tree.targets, speeches.speeches, themeSlugs, indicators.indicators),
    ...validateDataFiles(tree.data ?? [], indicators.indicators).problems,
    ...validateComparisons(tree.comparisons, tree.targets).problems,
  );
  if (tree.synonyms) {
    problems.push(...parseSynonymsText(new TextDecoder().decode(tree.synonyms.bytes), tree.synonyms.path).problems);
  }
  for (const stray of tree.strays) {
    problems.push({
      file: stray,
      message:
        '网站不会读取这个文件：讲话请放在 content/speeches/，扩展名 .md 或 .mdx。 / The site ignores this file: speeches go in content/speeches/ as .md or .mdx.',
    });
  }
  return problems;
}

// Theme definitions are validated in full by the themes collection's schema; here only the slugs matter.
function readThemeSlugs(file: ContentFile, problems: ContentProblem[]): string[] {
  const document = parseDocument(new TextDecoder().decode(file.bytes));
  if (document.errors.length > 0) {
    problems.push({
      file: file.path,
      message: `YAML 写法有误 / invalid YAML: ${document.errors[0]!.message.split('\n')[0]}`,
    });
    return [];
  }
  const data: unknown = document.toJS();
  const list: unknown[] = Array.isArray(data) ? data : [];
  return list.flatMap((theme) =>
    typeof theme === 'object' && theme !== null && 'slug' in theme ? [String(theme.slug)] : [],
  );
}
