import { readFileSync, readdirSync } from 'node:fs';

const SEEDS = new URL('../../fixtures/seeds/', import.meta.url);
const REAL = new URL('../../fixtures/import-real/', import.meta.url);

/** A seed text by its number prefix (`004`). */
export const seed = (prefix: string): string => {
  const name = readdirSync(SEEDS).find((file) => file.startsWith(prefix));
  if (name === undefined) throw new Error(`no seed ${prefix}`);
  return readFileSync(new URL(name, SEEDS), 'utf8');
};

/** A real public text kept with its source in tests/fixtures/import-real/SOURCES.md. */
export const realText = (name: string): string => readFileSync(new URL(`${name}.txt`, REAL), 'utf8');

export const allTexts = (): [string, string][] => [
  ...readdirSync(SEEDS).map((name): [string, string] => [name, readFileSync(new URL(name, SEEDS), 'utf8')]),
  ...readdirSync(REAL)
    .filter((name) => name.endsWith('.txt'))
    .map((name): [string, string] => [name, readFileSync(new URL(name, REAL), 'utf8')]),
];
