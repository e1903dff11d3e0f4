import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { AstroIntegration } from 'astro';
import { formatProblem, type ContentProblem } from '../lib/validation/problem';
import { validateContent, type ContentFile, type ContentTree } from '../lib/validation/validate-content';
import { listFiles, SPEECH_FILE } from '../loaders/speech-files';
import { describeSiteProblem, settings } from '../settings';

const TARGETS_FILE = /\.ya?ml$/i;
const HIDDEN_FILE = /(^|\/)\.[^/]*$/;

/** Reads the content folder from disk and validates it; shared by `npm run check` and the build. */
export function checkContentFolder(root: string, contentDir: string): ContentProblem[] {
  return validateContent(readContentTree(root, contentDir));
}

/** The content folder as `validateContent` reads it; paths relative to `root`. */
export function readContentTree(root: string, contentDir: string): ContentTree {
  const base = resolve(root, contentDir);
  const read = (path: string): ContentFile => ({
    path: relative(root, path).split('\\').join('/'),
    bytes: readFileSync(path),
  });
  const strays: string[] = [];
  // The files of one folder that `kind` accepts; the others, unless hidden, are strays.
  const collect = (folder: string, kind: RegExp): ContentFile[] => {
    const dir = join(base, folder);
    const files = existsSync(dir) ? listFiles(dir) : [];
    for (const file of files)
      if (!kind.test(file) && !HIDDEN_FILE.test(file)) strays.push(relative(root, join(dir, file)));
    return files.filter((file) => kind.test(file)).map((file) => read(join(dir, file)));
  };
  const speeches = collect('speeches', SPEECH_FILE);
  const targets = collect('targets', TARGETS_FILE);
  const data = collect('data', /\.csv$/i);
  const themesPath = join(base, 'themes.yaml');
  const synonymsPath = join(base, 'search-synonyms.txt');
  const indicatorsPath = join(base, 'indicators.yaml');
  const comparisonsPath = join(base, 'comparisons.yaml');
  return {
    speeches,
    targets,
    data,
    strays,
    ...(existsSync(themesPath) ? { themes: read(themesPath) } : {}),
    ...(existsSync(synonymsPath) ? { synonyms: read(synonymsPath) } : {}),
    ...(existsSync(indicatorsPath) ? { indicators: read(indicatorsPath) } : {}),
    ...(existsSync(comparisonsPath) ? { comparisons: read(comparisonsPath) } : {}),
  };
}

/** Prints problems the same way for the CLI and the build. */
export function reportProblems(problems: ContentProblem[], print: (line: string) => void): void {
  for (const problem of problems) print(`✖ ${formatProblem(problem)}`);
  print(
    `\n${problems.length} 个问题需要修改 / ${problems.length} problem(s) to fix. 修改后运行 / after fixing run: npm run check`,
  );
}

/**
 * Refuses to build bad content, with the same messages as `npm run check`, before Astro's content
 * layer runs — Astro would stop at the first bad file and print a stack trace.
 */
export function contentCheck(): AstroIntegration {
  return {
    name: 'jianbao:content-check',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const root = config.root.pathname;
        const siteProblem = describeSiteProblem(settings.site);
        if (siteProblem !== undefined) logger.warn(siteProblem);
        const problems = checkContentFolder(root, settings.contentDir);
        if (problems.length === 0) return;
        reportProblems(problems, (line) => {
          logger.error(line);
        });
        // Exiting here is deliberate: a thrown error would print a stack trace staff cannot act on.
        process.exit(1);
      },
    },
  };
}
