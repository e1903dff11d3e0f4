import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runNpm } from './run';

const outDirs: string[] = [];
afterAll(() => {
  for (const dir of outDirs) rmSync(dir, { recursive: true, force: true });
});

function buildInto(): Map<string, string> {
  const outDir = mkdtempSync(join(tmpdir(), 'jianbao-deterministic-'));
  outDirs.push(outDir);
  const result = runNpm(['build', '--', '--outDir', outDir]);
  if (result.status !== 0) throw new Error(`build failed:\n${result.output}`);
  return hashTree(outDir);
}

function hashTree(root: string): Map<string, string> {
  const hashes = new Map<string, string>();
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else hashes.set(relative(root, path), createHash('sha256').update(readFileSync(path)).digest('hex'));
    }
  };
  walk(root);
  return hashes;
}

describe('npm run build', () => {
  it('writes a byte-identical site twice from the same content, so a deploy diff shows only real changes', () => {
    const first = buildInto();
    const second = buildInto();
    expect(first.size).toBeGreaterThan(10);
    expect([...second.keys()].sort()).toEqual([...first.keys()].sort());
    const differing = [...first].filter(([path, hash]) => second.get(path) !== hash).map(([path]) => path);
    expect(differing).toEqual([]);
  });
});
