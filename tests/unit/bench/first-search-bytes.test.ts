import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { classifyPath } from '../../../scripts/bench/first-search';
import { transferredBytes } from '../../../scripts/bench/serve-static';

// Test data: a repetitive text long enough for nginx to compress (gzip_min_length 256).
const TEXT = Buffer.from('营商环境 '.repeat(200));

describe('transferredBytes: what deploy/nginx.conf sends', () => {
  it.each([
    ['HTML', 'text/html; charset=utf-8'],
    ['a script', 'text/javascript; charset=utf-8'],
    ['JSON (search-manifest.json)', 'application/json'],
    ['CSS', 'text/css; charset=utf-8'],
  ])('gzips %s at level 6', (_, type) => {
    expect(transferredBytes(type, TEXT)).toBe(gzipSync(TEXT, { level: 6 }).length);
    expect(transferredBytes(type, TEXT)).toBeLessThan(TEXT.length / 4);
  });

  it.each([
    ["Pagefind's chunks, already gzipped (octet-stream)", 'application/octet-stream', TEXT],
    ['a body under gzip_min_length', 'text/html; charset=utf-8', Buffer.from('短')],
  ])('sends %s as stored', (_, type, body) => {
    expect(transferredBytes(type, body)).toBe(body.length);
  });
});

describe('classifyPath: the first search by kind of file', () => {
  it.each([
    ['/pagefind-12/index/en_1a2b3c4.pf_index', 'index chunks'],
    ['/pagefind/fragment/en_1a2b3c4.pf_fragment', 'result fragments'],
    ['/pagefind-2/filter/en_1a2b3c4.pf_filter', 'filter chunks'],
    ['/pagefind-2/pagefind.en_1a2b3c4d5e.pf_meta', 'shard metadata (pf_meta)'],
    ['/pagefind-2/pagefind-entry.json', 'pagefind-entry.json'],
    ['/pagefind/wasm.en.pagefind', 'Pagefind WebAssembly'],
    ['/pagefind/pagefind.js', 'Pagefind script'],
    ['/search-manifest.json', 'search-manifest.json'],
    ['/_astro/search-worker-DxfgCIr2.js', 'page, CSS, site scripts'],
    ['/search/', 'page, CSS, site scripts'],
  ])('%s is %s', (path, kind) => {
    expect(classifyPath(path)).toBe(kind);
  });
});
