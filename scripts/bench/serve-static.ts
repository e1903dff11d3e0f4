import { createServer, type Server } from 'node:http';
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.xsl': 'text/xsl',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

// What deploy/nginx.conf compresses (`gzip_types`, level 6); everything else, Pagefind's already
// gzipped chunks and WebAssembly among it, goes out as stored.
const GZIPPED_TYPES = new Set([
  'text/html',
  'text/css',
  'text/plain',
  'text/xml',
  'text/xsl',
  'text/csv',
  'text/javascript',
  'application/javascript',
  'application/json',
  'application/rss+xml',
  'application/xml',
  'image/svg+xml',
  'application/wasm',
]);
const GZIP_MIN_LENGTH = 256;

/** The bytes of a response body as the production server sends it: gzipped (level 6) when nginx would. */
export function transferredBytes(contentType: string, body: Buffer): number {
  const type = contentType.split(';')[0]!.trim();
  if (!GZIPPED_TYPES.has(type) || body.length < GZIP_MIN_LENGTH) return body.length;
  return gzipSync(body, { level: 6 }).length;
}

export interface ServedBytes {
  /** Bytes of the files as stored (what this server sends: it does not compress). */
  bytes: number;
  /** Bytes a reader would receive from deploy/nginx.conf, which gzips text (transferredBytes). */
  transferred: number;
  requests: number;
  byPath: Record<string, { bytes: number; transferred: number }>;
}

export interface StaticServer {
  origin: string;
  /**
   * Bytes of response bodies sent since the last reset, by path. Counted here because Pagefind
   * fetches its index from a web worker, which the page's own performance entries do not see.
   */
  served(): ServedBytes;
  resetServed(): void;
  close(): Promise<void>;
}

/**
 * Serves a built site from `root` on a free local port, as a static host would: `/x/` serves
 * `x/index.html`, unknown paths are 404. Pagefind's files are already compressed, so no gzip here.
 * `mounts` maps a path prefix such as `/pagefind-stock/` to another folder.
 */
export async function serveStatic(root: string, mounts: Record<string, string> = {}): Promise<StaticServer> {
  let byPath: Record<string, { bytes: number; transferred: number }> = {};
  const transferredByFile = new Map<string, Promise<number>>();
  const server: Server = createServer((request, response) => {
    void (async () => {
      let pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
      let base = root;
      // Extra folders served under a prefix (e.g. a comparison index kept outside the site).
      for (const [prefix, folder] of Object.entries(mounts)) {
        if (pathname.startsWith(prefix)) {
          base = folder;
          pathname = pathname.slice(prefix.length - 1);
        }
      }
      let file = normalize(join(base, pathname));
      if (!file.startsWith(normalize(base))) return void response.writeHead(403).end();
      try {
        if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
        await stat(file);
      } catch {
        return void response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      }
      const { size } = await stat(file);
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      let transferred = transferredByFile.get(file);
      if (!transferred) {
        transferred = readFile(file).then((body) => transferredBytes(type, body));
        transferredByFile.set(file, transferred);
      }
      const counted = (byPath[pathname] ??= { bytes: 0, transferred: 0 });
      counted.bytes += size;
      counted.transferred += await transferred;
      response.writeHead(200, { 'content-type': type });
      createReadStream(file).pipe(response);
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('server has no port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    served: () => ({
      bytes: Object.values(byPath).reduce((sum, counted) => sum + counted.bytes, 0),
      transferred: Object.values(byPath).reduce((sum, counted) => sum + counted.transferred, 0),
      requests: Object.keys(byPath).length,
      byPath: structuredClone(byPath),
    }),
    resetServed: () => {
      byPath = {};
    },
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
