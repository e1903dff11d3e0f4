/**
 * Serves a built site with Debian's nginx and the production server block in deploy/nginx.conf,
 * so the e2e suite and Lighthouse see the real headers, compression, MIME types and 404 page.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DIST_DIR, PROJECT_ROOT } from './site-files';

export const NGINX_CONF = path.join(PROJECT_ROOT, 'deploy/nginx.conf');
const NGINX_BIN = process.env['NGINX_PATH'] ?? '/usr/sbin/nginx';
const STARTUP_TIMEOUT_MS = 10_000;

export interface RunningSite {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** Stops nginx and removes its temporary prefix. */
  stop: () => Promise<void>;
}

/**
 * The deploy config with only its address and document root changed. Each directive must appear
 * exactly once, so a reshaped deploy/nginx.conf fails here instead of being served half-rewritten.
 */
export function pointServerBlockAt(conf: string, root: string, port: number): string {
  const replacements: readonly (readonly [RegExp, string])[] = [
    [/^(\s*)listen\s+80;$/m, `$1listen 127.0.0.1:${port};`],
    [/^\s*listen\s+\[::\]:80;\n/m, ''],
    [/^(\s*)server_name\s+[^;]+;$/m, '$1server_name 127.0.0.1;'],
    [/^(\s*)root\s+[^;]+;$/m, `$1root ${root};`],
  ];
  return replacements.reduce((text, [pattern, replacement]) => {
    const matches = text.match(new RegExp(pattern.source, 'gm')) ?? [];
    if (matches.length !== 1) {
      throw new Error(`deploy/nginx.conf: expected exactly one match of ${pattern.source}, found ${matches.length}`);
    }
    return text.replace(pattern, replacement);
  }, conf);
}

/** The wrapper a distribution's nginx.conf would be: everything outside the server block, under /tmp. */
function writeMainConfig(prefix: string, serverConf: string): string {
  // As root, workers would switch to `nobody`, who may not read a checkout under /root or /work.
  const user = process.getuid?.() === 0 ? 'user root;' : '';
  return `${user}
daemon off;
worker_processes 1;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
events { worker_connections 256; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${prefix}/client_body;
  proxy_temp_path ${prefix}/proxy;
  fastcgi_temp_path ${prefix}/fastcgi;
  uwsgi_temp_path ${prefix}/uwsgi;
  scgi_temp_path ${prefix}/scgi;
  include ${serverConf};
}
`;
}

async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => {
        resolve(port);
      });
    });
  });
}

async function waitUntilServing(origin: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`nginx exited with ${child.exitCode}:\n${log()}`);
    try {
      await fetch(`${origin}/`);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  throw new Error(`nginx did not answer on ${origin} within ${STARTUP_TIMEOUT_MS} ms:\n${log()}`);
}

/** Starts nginx in the foreground on a free loopback port, serving `root` (default: dist/). */
export async function startNginx(root: string = DIST_DIR): Promise<RunningSite> {
  const prefix = await mkdtemp(path.join(tmpdir(), 'jianbao-nginx-'));
  const port = await findFreePort();
  const serverConf = path.join(prefix, 'jianbao.conf');
  await writeFile(serverConf, pointServerBlockAt(await readFile(NGINX_CONF, 'utf8'), root, port));
  const mainConf = path.join(prefix, 'nginx.conf');
  await writeFile(mainConf, writeMainConfig(prefix, serverConf));

  let output = '';
  // `-e` sends start-up errors to our prefix instead of /var/log/nginx, which a non-root user cannot open.
  const child = spawn(NGINX_BIN, ['-p', prefix, '-c', mainConf, '-e', path.join(prefix, 'error.log')], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const kill = (): void => {
    if (child.exitCode === null) child.kill('SIGTERM');
  };
  process.once('exit', kill);

  const origin = `http://127.0.0.1:${port}`;
  try {
    await waitUntilServing(origin, child, () => output);
  } catch (error) {
    kill();
    await exited;
    await rm(prefix, { recursive: true, force: true });
    throw error;
  }
  return {
    origin,
    stop: async () => {
      process.removeListener('exit', kill);
      kill();
      await exited;
      await rm(prefix, { recursive: true, force: true });
    },
  };
}
