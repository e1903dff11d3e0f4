/**
 * Indexes one search shard with Pagefind, in a process of its own so that two shards can be
 * indexed at once (one Node process holds one Pagefind service) and each Pagefind's memory is
 * returned when its shard is written.
 *
 *   node --import tsx src/integrations/search-shard-indexer.ts <documents.json> <outputPath>
 *
 * `documents.json` is `[[url, html], …]`, written by search-index-worker.ts. Exits non-zero, with
 * the message on stderr, on any Pagefind error.
 */
import { readFileSync } from 'node:fs';
import * as pagefind from 'pagefind';
import { PAGEFIND_CONFIG } from './search-index-config';

// Files handed to Pagefind before waiting for its answers: enough to keep its process busy.
const IN_FLIGHT = 32;

async function main(): Promise<void> {
  const [input, outputPath] = process.argv.slice(2);
  if (!input || !outputPath) throw new Error('usage: search-shard-indexer.ts <documents.json> <outputPath>');
  const documents = JSON.parse(readFileSync(input, 'utf8')) as [string, string][];
  const created = await pagefind.createIndex(PAGEFIND_CONFIG);
  failOn(created.errors, 'creating the index');
  const index = created.index!;
  for (let i = 0; i < documents.length; i += IN_FLIGHT) {
    await Promise.all(
      documents
        .slice(i, i + IN_FLIGHT)
        .map(([url, content]) => index.addHTMLFile({ url, content }).then((added) => failOn(added.errors, url))),
    );
  }
  const written = await index.writeFiles({ outputPath });
  failOn(written.errors, `writing ${outputPath}`);
  await pagefind.close();
}

function failOn(errors: readonly string[], what: string): void {
  if (errors.length > 0) throw new Error(`Pagefind failed ${what}: ${errors.join('; ')}`);
}

main().catch(async (error: unknown) => {
  console.error('[search-index]', error instanceof Error ? error.message : error);
  await pagefind.close();
  process.exit(1);
});
