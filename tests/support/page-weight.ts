/**
 * What a built page makes a reader download, read from the files: its HTML, the CSS, JavaScript
 * (following static and dynamic imports, which a chart island uses to load chart.js lazily) and
 * images it references. Sizes are gzip at level 6, as deploy/nginx.conf compresses.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileForUrlPath, urlPathForFile } from '../../scripts/lib/site-files';

export interface Asset {
  /** Path relative to dist, or `inline:<page>#<n>` for an inline script. */
  file: string;
  kind: 'html' | 'css' | 'js' | 'image' | 'other';
  bytes: number;
  gzipBytes: number;
  /** The JavaScript text (only for `js`), to tell which island a script belongs to. */
  source?: string;
}

export interface PageWeight {
  page: string;
  assets: Asset[];
  /** Each script the page itself loads (src or inline), with every file its imports pull in. */
  entries: { file: string; closure: string[] }[];
}

export const GZIP_LEVEL = 6;

function measure(file: string, kind: Asset['kind'], content: Buffer): Asset {
  const asset: Asset = {
    file,
    kind,
    bytes: content.length,
    gzipBytes: gzipSync(content, { level: GZIP_LEVEL }).length,
  };
  if (kind === 'js') asset.source = content.toString('utf8');
  return asset;
}

/** Module specifiers a script imports, statically or with `import()`, and scripts it starts by URL. */
function importsOf(source: string): string[] {
  // Minifiers write specifiers in any quotes, template literals included (import(`./x.js`)).
  const quoted = '["\'`]([^"\'`$]+)["\'`]';
  const specifiers = [
    ...source.matchAll(new RegExp(`\\bimport\\s*(?:[\\w*{}\\s,$]*?\\bfrom\\s*)?${quoted}`, 'g')),
    ...source.matchAll(new RegExp(`\\bimport\\s*\\(\\s*${quoted}\\s*\\)`, 'g')),
    ...source.matchAll(new RegExp(`\\bexport\\s*[\\w*{}\\s,$]*?\\bfrom\\s*${quoted}`, 'g')),
    // A worker or other script started by address: new Worker(new URL('./w.js', import.meta.url)).
    ...source.matchAll(new RegExp(`\\bnew\\s+URL\\s*\\(\\s*${quoted}\\s*,[^)]*?import\\.meta\\.url`, 'g')),
  ].map((match) => match[1]!);
  return specifiers.filter((specifier) => specifier.startsWith('.') || specifier.startsWith('/'));
}

function attributesOf(tag: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of tag.matchAll(/([\w:-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
    attributes.set(match[1]!.toLowerCase(), match[2] ?? match[3] ?? match[4] ?? '');
  }
  return attributes;
}

const NOT_SCRIPT_TYPES = /^(application\/(ld\+)?json|text\/template|importmap)$/i;

/** Everything one HTML page (path relative to dist) loads, each file once. */
export async function weighPage(dist: string, page: string, files: ReadonlySet<string>): Promise<PageWeight> {
  const html = await readFile(path.join(dist, page));
  const text = html.toString('utf8');
  const pageUrl = new URL(urlPathForFile(page), 'http://site.invalid');
  const assets = new Map<string, Asset>([[page, measure(page, 'html', html)]]);

  const resolve = (reference: string, base: URL): string | undefined => {
    const url = new URL(reference, base);
    if (url.origin !== base.origin) return undefined;
    return fileForUrlPath(decodeURIComponent(url.pathname), files);
  };

  const addScript = async (file: string, closure: Set<string>): Promise<void> => {
    if (closure.has(file)) return;
    closure.add(file);
    let asset = assets.get(file);
    if (!asset) {
      asset = measure(file, 'js', await readFile(path.join(dist, file)));
      assets.set(file, asset);
    }
    const base = new URL(`/${file}`, pageUrl);
    for (const specifier of importsOf(asset.source ?? '')) {
      const imported = resolve(specifier, base);
      if (imported) await addScript(imported, closure);
    }
  };
  const entries: PageWeight['entries'] = [];
  const addEntry = async (file: string): Promise<void> => {
    const closure = new Set<string>();
    await addScript(file, closure);
    entries.push({ file, closure: [...closure] });
  };
  const addFile = async (file: string, kind: Asset['kind']): Promise<void> => {
    if (!assets.has(file)) assets.set(file, measure(file, kind, await readFile(path.join(dist, file))));
  };

  let inline = 0;
  for (const match of text.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attributes = attributesOf(match[1]!);
    if (NOT_SCRIPT_TYPES.test(attributes.get('type') ?? '')) continue;
    const src = attributes.get('src');
    if (src) {
      const file = resolve(src, pageUrl);
      if (file) await addEntry(file);
    } else if (match[2]!.trim() !== '') {
      const file = `inline:${page}#${inline++}`;
      assets.set(file, measure(file, 'js', Buffer.from(match[2]!)));
      const closure = new Set([file]);
      for (const specifier of importsOf(match[2]!)) {
        const imported = resolve(specifier, pageUrl);
        if (imported) await addScript(imported, closure);
      }
      entries.push({ file, closure: [...closure] });
    }
  }
  for (const match of text.matchAll(/<link\b([^>]*)>/gi)) {
    const attributes = attributesOf(match[1]!);
    const rel = attributes.get('rel') ?? '';
    const file = resolve(attributes.get('href') ?? '', pageUrl);
    if (!file) continue;
    if (rel === 'stylesheet') await addFile(file, 'css');
    else if (rel === 'modulepreload') await addEntry(file);
    else if (rel === 'icon' || rel === 'preload') await addFile(file, file.endsWith('.js') ? 'js' : 'other');
  }
  for (const match of text.matchAll(/<img\b([^>]*)>/gi)) {
    const file = resolve(attributesOf(match[1]!).get('src') ?? '', pageUrl);
    if (file) await addFile(file, 'image');
  }
  return { page, assets: [...assets.values()], entries };
}

export function sumGzip(assets: readonly Asset[], kind?: Asset['kind']): number {
  return assets.filter((asset) => kind === undefined || asset.kind === kind).reduce((sum, a) => sum + a.gzipBytes, 0);
}

export const KB = 1024;
