import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { ThemesFileSchema, type Theme } from '@/lib/schemas/theme';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const seedsDir = `${root}tests/fixtures/seeds/`;

/** The site's real theme rules, so the tests fail when a staff edit breaks a known classification. */
export function loadThemes(): Theme[] {
  return ThemesFileSchema.parse(parse(readFileSync(`${root}content/themes.yaml`, 'utf8')));
}

/** The line of seed `number` (e.g. `'000'`) that starts with `prefix`, exactly as the document has it. */
export function seedLine(number: string, prefix: string): string {
  const file = readdirSync(seedsDir).find((name) => name.startsWith(`${number}_`));
  if (file === undefined) throw new Error(`no seed ${number}`);
  const line = readFileSync(seedsDir + file, 'utf8')
    .split('\n')
    .map((text) => text.trim())
    .find((text) => text.startsWith(prefix));
  if (line === undefined) throw new Error(`seed ${number} has no line starting with ${prefix}`);
  return line;
}

/**
 * A seed line whose first sentence is a section heading run together with its body, as in
 * “（三）全面优化营商环境，增强高质量发展新活力。营商环境是…”, split the way the importer splits it.
 */
export function seedSection(number: string, prefix: string): { heading: string; body: string } {
  const line = seedLine(number, prefix);
  const end = line.indexOf('。') + 1;
  return { heading: line.slice(0, end), body: line.slice(end) };
}

/** Escapes Markdown syntax so that masks such as `**同志` stay text, as the importer does. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>#|]/g, (char) => `\\${char}`);
}
