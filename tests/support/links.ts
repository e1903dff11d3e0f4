/**
 * Every internal link of a built site, from every file of it (HTML, feeds, sitemaps, JSON and CSV
 * data, CSS, Pagefind's result fragments), checked against the files: the target must exist, and
 * a `#fragment` must name an `id` on the target page.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { fileForUrlPath, listDistFiles, urlPathForFile } from '../../scripts/lib/site-files';

export interface BrokenLink {
  /** The file the link is in, relative to dist. */
  source: string;
  link: string;
  reason: string;
}

export interface LinkCheck {
  /** How many links were checked before the first broken one (or in all). */
  checked: number;
  broken?: BrokenLink;
}

/** Keys of JSON objects whose string values are addresses. */
const URL_KEYS = new Set(['url', 'href', 'link', 'src', 'permalink', 'canonical', 'image', 'source_url']);

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (entity, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#') && name !== '#39') return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name] ?? entity;
  });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Absolute links to the site itself, wherever they appear in text (feeds, sitemaps, robots.txt). */
function extractOriginUrls(text: string, origin: string): string[] {
  const pattern = new RegExp(`${escapeRegExp(origin)}(?:/[^\\s"'<>\\\\)]*)?`, 'g');
  return [...text.matchAll(pattern)].map((match) => match[0]);
}

function walkJson(value: unknown, origin: string, out: string[], key = ''): void {
  if (typeof value === 'string') {
    if (value.startsWith(origin) || (URL_KEYS.has(key) && value.startsWith('/') && !value.startsWith('//'))) {
      out.push(value);
    }
  } else if (Array.isArray(value)) {
    for (const item of value) walkJson(item, origin, out, key);
  } else if (value !== null && typeof value === 'object') {
    for (const [childKey, child] of Object.entries(value)) walkJson(child, origin, out, childKey);
  }
}

function extractJsonUrls(text: string, origin: string): string[] {
  const out: string[] = [];
  walkJson(JSON.parse(text), origin, out);
  return out;
}

const HTML_URL_ATTRIBUTE = /\s(href|src|action|poster|srcset|content|data-[\w-]+)\s*=\s*("([^"]*)"|'([^']*)')/gi;

function extractHtmlUrls(html: string, origin: string): string[] {
  const out: string[] = [];
  for (const match of html.matchAll(HTML_URL_ATTRIBUTE)) {
    const name = match[1]!.toLowerCase();
    const value = decodeEntities(match[3] ?? match[4] ?? '').trim();
    if (name === 'srcset') out.push(...value.split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? ''));
    else if (name === 'content' || name.startsWith('data-')) {
      // <meta content> holds absolute URLs (og:url); data-* may hold serialized JSON for an island.
      if (/^[[{]/.test(value)) {
        try {
          out.push(...extractJsonUrls(value, origin));
        } catch {
          // Not JSON after all: only absolute URLs to the site count.
          out.push(...extractOriginUrls(value, origin));
        }
      } else out.push(...extractOriginUrls(value, origin));
    } else out.push(value);
  }
  // JSON islands and structured data inside <script type="application/(ld+)json">.
  for (const match of html.matchAll(/<script\b[^>]*type="application\/(?:ld\+)?json"[^>]*>([\s\S]*?)<\/script>/gi)) {
    out.push(...extractJsonUrls(match[1]!, origin));
  }
  return out.filter((url) => url !== '');
}

function extractCssUrls(css: string): string[] {
  return [...css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)]
    .map((match) => match[2]!)
    .filter((url) => !url.startsWith('data:'));
}

function extractXmlUrls(xml: string, origin: string): string[] {
  // Feed items carry escaped HTML: decode it once so its links are seen too.
  const decoded = decodeEntities(xml);
  const relative = [...decoded.matchAll(/\s(?:href|src)\s*=\s*"(\/[^"]*)"/g)].map((match) => match[1]!);
  return [...extractOriginUrls(decoded, origin), ...relative];
}

/** Pagefind result fragments are gzip of `pagefind_dcd` + JSON; their `url` is what a result links to. */
function extractPagefindFragmentUrls(bytes: Buffer, origin: string): string[] {
  const text = gunzipSync(bytes)
    .toString('utf8')
    .replace(/^pagefind_dcd/, '');
  return extractJsonUrls(text, origin);
}

/** The internal links in one file, raw as written (relative, root-relative or absolute). */
export async function extractLinks(dist: string, file: string, origin: string): Promise<string[]> {
  const full = path.join(dist, file);
  if (file.endsWith('.pf_fragment')) return extractPagefindFragmentUrls(await readFile(full), origin);
  // Pagefind's other files are its own binary index and scripts, not links.
  if (file.startsWith('pagefind/')) return [];
  const ext = path.extname(file);
  if (ext === '.html') return extractHtmlUrls(await readFile(full, 'utf8'), origin);
  if (ext === '.xml' || ext === '.rss' || ext === '.atom') return extractXmlUrls(await readFile(full, 'utf8'), origin);
  if (ext === '.json' || ext === '.webmanifest') return extractJsonUrls(await readFile(full, 'utf8'), origin);
  if (ext === '.css') return extractCssUrls(await readFile(full, 'utf8'));
  if (ext === '.csv' || ext === '.txt') return extractOriginUrls(await readFile(full, 'utf8'), origin);
  return [];
}

/** The ids a fragment can point at: `id` on any element, `name` on anchors. */
function extractIds(html: string): Set<string> {
  const ids = new Set<string>();
  for (const match of html.matchAll(/<[a-z][\w-]*\b[^>]*?\s(?:id|name)\s*=\s*("([^"]*)"|'([^']*)')/gi)) {
    ids.add(decodeEntities(match[2] ?? match[3] ?? ''));
  }
  return ids;
}

/** The base URL a file's relative links resolve against. */
function baseUrlFor(file: string, origin: string): string {
  return `${origin}${urlPathForFile(file)}`;
}

/**
 * Checks every internal link in every file of `dist`, stopping at the first broken one.
 * `origin` is the site's public origin: absolute links to it are internal.
 */
export async function checkLinks(dist: string, origin: string): Promise<LinkCheck> {
  const files = await listDistFiles(dist);
  const fileSet = new Set(files);
  const idCache = new Map<string, Set<string>>();
  const idsOf = async (target: string): Promise<Set<string>> => {
    let ids = idCache.get(target);
    if (!ids) {
      ids = extractIds(await readFile(path.join(dist, target), 'utf8'));
      idCache.set(target, ids);
    }
    return ids;
  };

  let checked = 0;
  for (const source of files) {
    for (const link of await extractLinks(dist, source, origin)) {
      if (/^(mailto|tel|javascript|data|blob):/i.test(link)) continue;
      let url: URL;
      try {
        url = new URL(link, baseUrlFor(source, origin));
      } catch {
        return { checked, broken: { source, link, reason: 'is not a valid URL' } };
      }
      if (url.origin !== origin) continue;
      checked++;

      let pathname: string;
      try {
        pathname = decodeURIComponent(url.pathname);
      } catch {
        return { checked, broken: { source, link, reason: 'has a malformed percent-encoding' } };
      }
      const target = fileForUrlPath(pathname, fileSet);
      if (!target) return { checked, broken: { source, link, reason: `no file in dist/ answers ${pathname}` } };

      // `#p-3:~:text=…` targets p-3 and highlights text; a bare `#:~:text=…` targets no element.
      const fragment = decodeURIComponent(url.hash.slice(1)).split(':~:')[0]!;
      if (fragment === '' || !target.endsWith('.html')) continue;
      if (!(await idsOf(target)).has(fragment)) {
        return { checked, broken: { source, link, reason: `dist/${target} has no element with id="${fragment}"` } };
      }
    }
  }
  return { checked };
}
