import { describe, expect, it } from 'vitest';
import { useE2eSite } from '../support/e2e';
import { copyFile, mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { DIST_DIR, listDistFiles, listHtmlFiles, urlPathForFile } from '../../scripts/lib/site-files';

const site = useE2eSite();

const get = (path: string, init: RequestInit = {}): Promise<Response> =>
  fetch(`${site.origin}${path}`, { redirect: 'manual', headers: { 'accept-encoding': 'gzip' }, ...init });

const YEAR_IMMUTABLE = 'public, max-age=31536000, immutable';
const SHORT = /^public, max-age=(\d+), must-revalidate$/;

describe('nginx with deploy/nginx.conf', () => {
  it('answers every page of dist/ with 200, UTF-8 HTML, gzip and a short cache', async () => {
    for (const file of await listHtmlFiles()) {
      const path = urlPathForFile(file);
      const response = await get(path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type'), path).toBe('text/html; charset=utf-8');
      expect(response.headers.get('content-encoding'), path).toBe('gzip');
      expect(Number(SHORT.exec(response.headers.get('cache-control') ?? '')?.[1]), path).toBeLessThanOrEqual(600);
    }
  });

  it('caches the hashed files under /_astro/ for a year as immutable', async () => {
    const hashed = (await listDistFiles()).filter((file) => file.startsWith('_astro/'));
    expect(hashed.length).toBeGreaterThan(0);
    for (const file of hashed) {
      const response = await get(`/${file}`);
      expect(response.status, file).toBe(200);
      expect(response.headers.get('cache-control'), file).toBe(YEAR_IMMUTABLE);
    }
  });

  it('serves Pagefind index chunks as immutable application/octet-stream and its entry files with a short cache', async () => {
    const files = (await listDistFiles()).filter((file) => file.startsWith('pagefind/'));
    const chunks = files.filter((file) => /\.pf_(meta|index|fragment|filter)$/.test(file));
    expect(
      chunks.length,
      'dist/pagefind/ holds no .pf_* index chunks: is search indexed in the build?',
    ).toBeGreaterThan(0);
    for (const file of chunks) {
      const response = await get(`/${file}`);
      expect(response.headers.get('content-type'), file).toBe('application/octet-stream');
      expect(response.headers.get('cache-control'), file).toBe(YEAR_IMMUTABLE);
      // Pagefind gzips its chunks itself; compressing them again would waste CPU for nothing.
      expect(response.headers.get('content-encoding'), file).toBeNull();
    }
    for (const file of ['pagefind/pagefind.js', 'pagefind/pagefind-entry.json']) {
      const response = await get(`/${file}`);
      expect(response.status, file).toBe(200);
      expect(response.headers.get('cache-control'), file).toMatch(SHORT);
    }
    expect((await get('/pagefind/pagefind.js')).headers.get('content-type')).toBe(
      'application/javascript; charset=utf-8',
    );
  });

  it('serves the chunks of every search shard (/pagefind-2/, …) as it serves the first shard’s', async () => {
    // The seeds make one shard; a large archive makes many (search-index-config.ts: shardPath).
    const chunk = (await listDistFiles()).find((file) => /^pagefind\/index\/.+\.pf_index$/.test(file))!;
    const copy = path.join(DIST_DIR, 'pagefind-2', 'index', path.basename(chunk));
    await mkdir(path.dirname(copy), { recursive: true });
    await copyFile(path.join(DIST_DIR, chunk), copy);
    try {
      const response = await get(`/pagefind-2/index/${path.basename(chunk)}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/octet-stream');
      expect(response.headers.get('cache-control')).toBe(YEAR_IMMUTABLE);
      expect(response.headers.get('content-encoding')).toBeNull();
    } finally {
      await rm(path.join(DIST_DIR, 'pagefind-2'), { recursive: true, force: true });
    }
  });

  it('answers an unknown address with status 404 and the site’s own 404 page', async () => {
    const response = await get('/speeches/no-such-speech/');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toContain('<html lang="zh-CN"');
    // A missing hashed asset must not be cached for a year by a CDN in front.
    expect((await get('/_astro/not-deployed-yet.js')).headers.get('cache-control')).toBeNull();
  });

  it('redirects an address without its trailing slash to the page, keeping the reader’s host', async () => {
    const response = await get('/speeches');
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/speeches/');
  });

  it('sends a Content-Security-Policy and the other security headers with every answer', async () => {
    for (const path of ['/', '/rss.xml', '/speeches/no-such-speech/']) {
      const headers = (await get(path)).headers;
      const csp = headers.get('content-security-policy') ?? '';
      expect(csp, path).toContain("default-src 'self'");
      expect(csp, path).toContain("frame-ancestors 'none'");
      expect(csp, path).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
      expect(headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(headers.get('referrer-policy'), path).toBe('strict-origin-when-cross-origin');
    }
  });

  it('refuses to accept anything but reading', async () => {
    expect((await get('/', { method: 'POST' })).status).toBe(405);
  });
});
