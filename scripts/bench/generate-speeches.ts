import { mkdirSync, readdirSync, readFileSync, writeFileSync, copyFileSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';
import { SPEECH_KINDS } from '../../src/lib/schemas/speech';

interface Seed {
  title: string;
  occasion: string;
  summary: string;
  blocks: string[];
}

const ORGANIZATIONS = ['市委、市政府', '区委', '高新区党工委', '市发展改革委', '市商务局', '市科技局', '开发区管委会'];
const TITLE_PREFIXES = ['', '在全市', '在全区', '在专题会议上', '在调研座谈会上', '在推进会上'];

/** Deterministic PRNG (mulberry32), so a benchmark run can be repeated on the same content. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function readSeeds(speechesDir: string): Seed[] {
  return readdirSync(speechesDir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => {
      const { data, content } = matter(readFileSync(join(speechesDir, name), 'utf8'), {});
      return {
        title: String(data['title']),
        occasion: String(data['occasion']),
        summary: String(data['summary']),
        blocks: content.split(/\n{2,}/).filter((block) => block.trim() !== ''),
      };
    });
}

/**
 * The two kinds of generated archive, so that every goal is checked on more than one:
 * - `seeded`: each speech keeps one seed's headings and most of its paragraphs, swaps about a third
 *   for paragraphs of other seeds, and varies about half its figures;
 * - `mixed`: each speech is paragraphs drawn from all five seeds and shuffled, with a heading from
 *   any seed every few paragraphs, every figure varied, as long as an average seed.
 */
export const ARCHIVE_KINDS = ['seeded', 'mixed'] as const;
export type ArchiveKind = (typeof ARCHIVE_KINDS)[number];

/**
 * Writes `count` synthetic speeches into `<outDir>/speeches/` (`bench-00001.md`, …), recombining
 * the real seed speeches as `kind` says, with varied dates, kinds and organizations. Speeches are
 * seed-sized, so pages, themes, targets and the index all see realistic text. Also copies
 * themes.yaml and the search dictionary. The same arguments always give the same files, and the
 * first `n` of a larger count are those of `n`. Returns the total bytes of Markdown written.
 */
export function generateSpeeches(
  sourceContentDir: string,
  outDir: string,
  count: number,
  kind: ArchiveKind = 'seeded',
): number {
  const seeds = readSeeds(join(sourceContentDir, 'speeches'));
  if (seeds.length === 0) throw new Error(`no seed speeches in ${sourceContentDir}/speeches`);
  const paragraphs = seeds.flatMap((seed) => seed.blocks.filter((block) => !block.startsWith('#')));
  const headings = seeds.flatMap((seed) => seed.blocks.filter((block) => block.startsWith('#')));
  const seedBytes = seeds.reduce((sum, seed) => sum + Buffer.byteLength(seed.blocks.join('\n\n')), 0) / seeds.length;
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(join(outDir, 'speeches'), { recursive: true });
  // No targets files, but the folder, so the build does not warn that the collection's folder is missing.
  mkdirSync(join(outDir, 'targets'), { recursive: true });
  for (const name of ['themes.yaml', 'search-dictionary.txt']) {
    if (existsSync(join(sourceContentDir, name))) copyFileSync(join(sourceContentDir, name), join(outDir, name));
  }
  const next = random(20261124);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  let bytes = 0;
  for (let i = 1; i <= count; i++) {
    const seed = seeds[i % seeds.length]!;
    const varyFigures = (paragraph: string, share: number) =>
      paragraph.replace(/\d+(\.\d+)?/g, (figure) =>
        next() < 1 - share ? figure : String(Math.max(1, Math.round(Number(figure) * (0.5 + next())))),
      );
    const body: string[] = [];
    if (kind === 'seeded') {
      for (const block of seed.blocks) {
        if (block.startsWith('#')) body.push(block);
        // Vary figures so that targets and number searches differ between speeches.
        else body.push(varyFigures(next() < 0.33 ? pick(paragraphs) : block, 0.5));
      }
    } else {
      for (let bytes = 0; bytes < seedBytes;) {
        const block = body.length % 6 === 0 && headings.length > 0 ? pick(headings) : varyFigures(pick(paragraphs), 1);
        body.push(block);
        bytes += Buffer.byteLength(block) + 2;
      }
    }
    const year = 2015 + Math.floor(next() * 11);
    const month = String(1 + Math.floor(next() * 12)).padStart(2, '0');
    const day = String(1 + Math.floor(next() * 28)).padStart(2, '0');
    const precision = next();
    const date = precision < 0.6 ? `${year}-${month}-${day}` : precision < 0.85 ? `${year}-${month}` : String(year);
    const frontMatter = [
      '---',
      `title: '${pick(TITLE_PREFIXES)}${seed.title.replace(/'/g, "''")}（第${i}号）'`,
      `date: '${date}'`,
      `kind: ${pick(SPEECH_KINDS)}`,
      `occasion: '${seed.occasion.replace(/'/g, "''")}'`,
      `organization: '${pick(ORGANIZATIONS)}'`,
      `source: 基准测试合成文本${kind === 'seeded' ? '' : '（mixed）'} ${i}`,
      `summary: '${seed.summary.replace(/'/g, "''")}'`,
      '---',
      '',
    ].join('\n');
    const text = `${frontMatter}${body.join('\n\n')}\n`;
    bytes += Buffer.byteLength(text);
    writeFileSync(join(outDir, 'speeches', `bench-${String(i).padStart(5, '0')}.md`), text);
  }
  return bytes;
}
