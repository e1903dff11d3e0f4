/**
 * A staff rebuild: an archive whose previous build is on disk gets one more speech. Only the
 * search shard the new speech falls in may be indexed again; every other shard is copied from
 * the shard cache, byte for byte, and the build log says how many were reused.
 *
 * The archive is 60 synthetic speeches from the benchmark's generator (recombined seed text, not
 * real speeches), in a temporary folder; shards of at most 16 speeches give four or five shards.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSpeeches } from '../../scripts/bench/generate-speeches';
import { runNpm, type RunResult } from './run';

const ROOT = new URL('../../', import.meta.url).pathname;
const scratch = mkdtempSync(join(tmpdir(), 'jianbao-rebuild-'));
const contentDir = join(scratch, 'content');
const env = {
  JIANBAO_CONTENT_DIR: contentDir,
  JIANBAO_SEARCH_SHARD_PAGES: '16',
  JIANBAO_SEARCH_CACHE_DIR: join(scratch, 'cache'),
};
let first: RunResult;
let second: RunResult;

beforeAll(() => {
  generateSpeeches(join(ROOT, 'content'), contentDir, 60);
  first = runNpm(['build', '--', '--outDir', join(scratch, 'first')], env);
  // The new speech sorts between the 30th and the 31st, not after the last.
  generateSpeeches(join(ROOT, 'content'), join(scratch, 'more'), 61);
  copyFileSync(join(scratch, 'more', 'speeches', 'bench-00061.md'), join(contentDir, 'speeches', 'bench-00030-new.md'));
  second = runNpm(['build', '--', '--outDir', join(scratch, 'second')], env);
}, 300_000);
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

/** One hash over every file of a shard folder, names and bytes. */
function hashShards(outDir: string): string[] {
  return readdirSync(outDir)
    .filter((name) => /^pagefind(-\d+)?$/.test(name))
    .map((name) => {
      const dir = join(outDir, name);
      const hash = createHash('sha256');
      const files = readdirSync(dir, { withFileTypes: true, recursive: true })
        .filter((entry) => entry.isFile())
        .map((entry) => join(entry.parentPath, entry.name))
        .sort();
      for (const file of files) hash.update(`${relative(dir, file)}\0`).update(readFileSync(file));
      return hash.digest('hex');
    });
}

const indexLine = (run: RunResult) =>
  /(\d+) pages in (\d+) shard\(s\) \((\d+) indexed, (\d+) reused/.exec(run.output)?.slice(1).map(Number) ?? [];

describe('rebuilding after one speech was added', () => {
  it('builds both times', () => {
    expect(first.status, first.output).toBe(0);
    expect(second.status, second.output).toBe(0);
  });

  it('indexes every shard the first time (empty cache)', () => {
    const [pages, shards, indexed, reused] = indexLine(first);
    expect(pages).toBe(60);
    expect(shards).toBeGreaterThanOrEqual(4);
    expect([indexed, reused]).toEqual([shards, 0]);
  });

  it('indexes again only the shard(s) the new speech changed, and says how many it reused', () => {
    const [pages, shards, indexed, reused] = indexLine(second);
    expect(pages).toBe(61);
    expect(indexed).toBeGreaterThanOrEqual(1);
    expect(indexed).toBeLessThanOrEqual(2);
    expect(reused).toBe(shards! - indexed!);
    expect(second.output).toMatch(
      new RegExp(`search index 搜索索引 .+ \\(${shards} shard\\(s\\), ${reused} reused 复用\\)`),
    );
  });

  it('copies the reused shards byte-identical to the first build', () => {
    const before = new Set(hashShards(join(scratch, 'first')));
    const after = hashShards(join(scratch, 'second'));
    const identical = after.filter((hash) => before.has(hash));
    expect(identical).toHaveLength(indexLine(second)[3]!);
    expect(identical.length).toBeGreaterThanOrEqual(after.length - 2);
  });

  it('finds the new speech in the index', () => {
    const manifest = JSON.parse(readFileSync(join(scratch, 'second', 'search-manifest.json'), 'utf8')) as {
      pages: number;
    };
    expect(manifest.pages).toBe(61);
  });
});
