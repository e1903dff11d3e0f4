/**
 * The built site as a list of files: where `dist/` is, what it holds, and which URL each file answers.
 * Build and e2e tests walk this list instead of crawling from the home page, which would miss
 * pages nothing links to.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** `JIANBAO_DIST` lets a private build (another `--outDir`) be tested without touching `dist/`. */
export const DIST_DIR = path.resolve(process.env['JIANBAO_DIST'] ?? path.join(PROJECT_ROOT, 'dist'));

/** Throws a message that says what to do when there is no build to test. */
export function requireDist(dist: string = DIST_DIR): void {
  if (!existsSync(path.join(dist, 'index.html'))) {
    throw new Error(`${dist}/index.html is missing: run \`npm run build\` before the build and e2e tests.`);
  }
}

/** Every file under `dist`, as sorted POSIX paths relative to it (`speeches/x/index.html`). */
export async function listDistFiles(dist: string = DIST_DIR): Promise<string[]> {
  const entries = await readdir(dist, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dist, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

export async function listHtmlFiles(dist: string = DIST_DIR): Promise<string[]> {
  return (await listDistFiles(dist)).filter((file) => file.endsWith('.html'));
}

/** The URL path a file is served at: `speeches/x/index.html` → `/speeches/x/`, `404.html` → `/404.html`. */
export function urlPathForFile(file: string): string {
  if (file === 'index.html') return '/';
  if (file.endsWith('/index.html')) return `/${file.slice(0, -'index.html'.length)}`;
  return `/${file}`;
}

/**
 * The file a URL path resolves to, the way the nginx config does (`try_files $uri $uri/`), or
 * undefined. The path must already be percent-decoded.
 */
export function fileForUrlPath(urlPath: string, files: ReadonlySet<string>): string | undefined {
  const bare = urlPath.replace(/^\/+/, '');
  if (bare === '' || bare.endsWith('/')) {
    const index = `${bare}index.html`;
    return files.has(index) ? index : undefined;
  }
  if (files.has(bare)) return bare;
  return files.has(`${bare}/index.html`) ? `${bare}/index.html` : undefined;
}

export type PageType =
  | 'home'
  | 'speech'
  | 'speech-index'
  | 'theme'
  | 'theme-index'
  | 'targets'
  | 'indicator-index'
  | 'indicator'
  | 'search'
  | 'not-found'
  | 'other';

/**
 * The kind of page a URL path is, from the routes in issues 3–5. Order matters: the speech
 * index's filter pages (`/speeches/theme/…`, `/speeches/year/…`) must be tested before the
 * one-segment speech route would swallow `/speeches/year/`.
 */
const PAGE_ROUTES: readonly (readonly [RegExp, PageType])[] = [
  [/^\/$/, 'home'],
  [/^\/404(\.html|\/)$/, 'not-found'],
  [/^\/speeches\/((theme|year|page)\/.*)?$/, 'speech-index'],
  [/^\/speeches\/[^/]+\/$/, 'speech'],
  [/^\/themes\/$/, 'theme-index'],
  [/^\/themes\/[^/]+\/$/, 'theme'],
  // The scorecard and its filter pages: /targets/, /targets/status/met/, /targets/area/a-…/.
  [/^\/targets\/([^/]+\/[^/]+\/)?$/, 'targets'],
  [/^\/indicators\/$/, 'indicator-index'],
  [/^\/indicators\/[^/]+\/$/, 'indicator'],
  [/^\/search\/$/, 'search'],
];

export function classifyPage(urlPath: string): PageType {
  return PAGE_ROUTES.find(([pattern]) => pattern.test(urlPath))?.[1] ?? 'other';
}

/** The HTML pages of the build grouped by page type, each as its URL path. */
export async function listPagesByType(dist: string = DIST_DIR): Promise<Map<PageType, string[]>> {
  const byType = new Map<PageType, string[]>();
  for (const file of await listHtmlFiles(dist)) {
    const urlPath = urlPathForFile(file);
    const type = classifyPage(urlPath);
    byType.set(type, [...(byType.get(type) ?? []), urlPath]);
  }
  return byType;
}

/**
 * The site's public origin, read from the home page's canonical link, so that absolute links to
 * it (canonical, Open Graph, feeds, sitemaps) can be checked as internal links.
 */
export async function readSiteOrigin(dist: string = DIST_DIR): Promise<string> {
  const html = await readFile(path.join(dist, 'index.html'), 'utf8');
  const canonical = /<link[^>]+rel="canonical"[^>]*>/.exec(html)?.[0];
  const href = canonical ? /href="([^"]+)"/.exec(canonical)?.[1] : undefined;
  if (!href) throw new Error('dist/index.html has no <link rel="canonical" href="…">: cannot tell the site origin.');
  return new URL(href).origin;
}
