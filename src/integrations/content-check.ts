import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { AstroIntegration } from 'astro';
import { formatProblem, type ContentProblem } from '../lib/validation/problem';
import { validateContent, type ContentFile } from '../lib/validation/validate-content';
import { settings } from '../settings';

/** Reads the content folder from disk and validates it; shared by `npm run check` and the build. */
export function checkContentFolder(root: string, contentDir: string): ContentProblem[] {
  const base = resolve(root, contentDir);
  const read = (path: string): ContentFile => ({
    path: relative(root, path).split('\\').join('/'),
    bytes: readFileSync(path),
  });
  const speechesDir = join(base, 'speeches');
  const speeches: ContentFile[] = [];
  const strays: string[] = [];
  for (const path of existsSync(speechesDir) ? walk(speechesDir) : []) {
    if (/\.(md|mdx)$/i.test(path)) speeches.push(read(path));
    else if (!/(^|\/)\.[^/]*$/.test(path)) strays.push(relative(root, path));
  }
  const targetsDir = join(base, 'targets');
  const targets: ContentFile[] = [];
  for (const path of existsSync(targetsDir) ? walk(targetsDir) : []) {
    if (/\.ya?ml$/i.test(path)) targets.push(read(path));
    else if (!/(^|\/)\.[^/]*$/.test(path)) strays.push(relative(root, path));
  }
  const themesPath = join(base, 'themes.yaml');
  return validateContent({
    speeches,
    targets,
    strays,
    ...(existsSync(themesPath) ? { themes: read(themesPath) } : {}),
  });
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => (entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)]));
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
