/**
 * Which search shard a speech goes to: a bucket chosen by a hash of its file's path, among a
 * power-of-two number of buckets fixed by the archive's size.
 *
 * So adding, removing or editing one speech changes exactly the one shard it belongs to; the
 * others keep their content, and so their cache key, and the build reuses them
 * (src/integrations/search-index-worker.ts). Only when the archive grows past a power of two
 * times `targetPages` does the bucket count double, and every shard is indexed anew once.
 * Cutting the list every N speeches instead would move every later shard by one when a speech is
 * inserted; cutting where a hash says (content-defined chunking) needs a minimum size, and near
 * it a boundary can move and carry the change into the next shards.
 *
 * The path is known before the file is read, so the worker can read and index shard by shard.
 * The search worker merges the shards, so their order and mix of dates do not matter to readers.
 */

/** The number of shards for an archive: the smallest power of two that keeps the average at or under `targetPages`. */
export function countShards(speeches: number, targetPages: number): number {
  let count = 1;
  while (speeches / count > targetPages) count *= 2;
  return count;
}

/** The shard (0 … count − 1) of the speech at `path` (relative to the speeches folder, `/`-separated). */
export function shardOf(path: string, count: number): number {
  // Buckets by the top bits, so that when the count doubles each shard splits into two.
  return Math.floor((hashPath(path) / 2 ** 32) * count);
}

/** The paths of each non-empty shard, in shard order, each in the order given. */
export function assignShards(paths: readonly string[], targetPages: number): string[][] {
  const count = countShards(paths.length, targetPages);
  const shards: string[][] = Array.from({ length: count }, () => []);
  for (const path of paths) shards[shardOf(path, count)]!.push(path);
  return shards.filter((shard) => shard.length > 0);
}

/** FNV-1a over UTF-16 code units, then MurmurHash3's finalizer so the top bits are well mixed (not for security). */
export function hashPath(path: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < path.length; i++) {
    hash ^= path.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}
