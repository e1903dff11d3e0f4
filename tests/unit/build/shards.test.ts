import { describe, expect, it } from 'vitest';
import { assignShards, countShards, hashPath, shardOf } from '@/lib/build/shards';

const archive = (count: number) =>
  Array.from({ length: count }, (_, i) => `bench-${String(i + 1).padStart(5, '0')}.md`);
const keys = (shards: string[][]) => new Set(shards.map((shard) => shard.join('\n')));
const unchanged = (before: string[][], after: string[][]) => [...keys(after)].filter((key) => keys(before).has(key));

describe('countShards', () => {
  it.each([
    [5, 800, 1],
    [800, 800, 1],
    [801, 800, 2],
    [10_000, 800, 16],
    [10_000, 400, 32],
    [5, 2, 4],
  ])('gives %s speeches at most %s per shard on average in %s shards', (speeches, target, count) => {
    expect(countShards(speeches, target)).toBe(count);
  });
});

describe('assignShards', () => {
  const before = archive(10_000);
  const shards = assignShards(before, 800);

  it('puts every speech in exactly one shard, keeping their order', () => {
    expect(shards.flat().sort()).toEqual(before);
    for (const shard of shards) expect(shard).toEqual([...shard].sort());
  });

  it('fills 16 shards of an archive of 10,000 evenly (within 15 % of 625)', () => {
    expect(shards).toHaveLength(16);
    for (const shard of shards) expect(Math.abs(shard.length - 625)).toBeLessThan(625 * 0.15);
  });

  it.each([
    ['after the last', 'bench-10001.md'],
    ['between two others', 'bench-05000-new.md'],
    ['before the first', 'aaa.md'],
  ])('changes exactly one shard when a speech is added %s', (_, path) => {
    const after = assignShards([...before, path].sort(), 800);
    expect(unchanged(shards, after)).toHaveLength(shards.length - 1);
  });

  it('changes exactly one shard when a speech is removed', () => {
    const after = assignShards(
      before.filter((_, i) => i !== 4321),
      800,
    );
    expect(unchanged(shards, after)).toHaveLength(shards.length - 1);
  });

  it('splits each shard in two when the archive outgrows its shard count', () => {
    expect(assignShards(archive(12_800), 800)).toHaveLength(16);
    expect(assignShards(archive(12_801), 800)).toHaveLength(32);
    for (const path of archive(2000)) expect(Math.floor(shardOf(path, 32) / 2)).toBe(shardOf(path, 16));
  });
});

describe('shardOf', () => {
  it('is within range', () => {
    for (const path of archive(1000)) expect(shardOf(path, 8)).toBeLessThan(8);
  });
});

describe('hashPath', () => {
  it('spreads names that differ in one digit over all buckets', () => {
    const counts = new Array<number>(8).fill(0);
    for (const path of archive(1000)) counts[Math.floor((hashPath(path) / 2 ** 32) * 8)]!++;
    for (const count of counts) expect(Math.abs(count - 125)).toBeLessThan(40);
  });
});
