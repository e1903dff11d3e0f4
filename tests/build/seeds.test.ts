import { readFileSync, readdirSync } from 'node:fs';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { readSpeechDocument } from '@/lib/importer/read-document';
import { cleanText } from '@/lib/importer/text-to-markdown';
import { splitSentences } from '@/lib/text/sentences';
import { readDist, visibleText } from '../support/dist';

const SEEDS = new URL('../fixtures/seeds/', import.meta.url);
const SPEECHES = new URL('../../content/speeches/', import.meta.url);

// Each seed's imported speech names its seed file in a front-matter comment (readers never see it),
// so the pairing is data, not a list here.
const pairs = readdirSync(SPEECHES).map((file) => {
  const { matter: frontMatter } = matter(readFileSync(new URL(file, SPEECHES), 'utf8'));
  const seed = readdirSync(SEEDS).find((name) => frontMatter.includes(`# 导入自种子文本 tests/fixtures/seeds/${name}`));
  return { slug: file.replace(/\.mdx?$/, ''), seed };
});

describe('seed speeches on their built pages', () => {
  it('pairs every seed with an imported speech', () => {
    expect(pairs.map((pair) => pair.seed).sort()).toEqual(readdirSync(SEEDS).sort());
  });

  it.each(pairs)('shows every sentence of $seed verbatim on /speeches/$slug/', ({ slug, seed }) => {
    const text = readFileSync(new URL(seed!, SEEDS), 'utf8');
    // What the importer reports it kept out of the body (photo captions, bylines, credits, a
    // sentence printed twice) is not the speech; every other sentence must be on the page.
    const scraps = readSpeechDocument(text).removed.filter((line) =>
      ['caption', 'byline', 'credit', 'source', 'duplicate'].includes(line.kind),
    );
    const source = scraps.reduce((rest, scrap) => rest.replace(scrap.text, ''), cleanText(text));
    const page = visibleText(readDist(`speeches/${slug}/index.html`)).replace(/\s+/g, '');
    const sentences = source
      .split(/\r?\n/)
      .flatMap((line) => splitSentences(line.trim()))
      .map((sentence) => sentence.text.replace(/\s+/g, ''))
      .filter((sentence) => sentence !== '');
    expect(sentences.length).toBeGreaterThan(5);
    const missing = sentences.filter((sentence) => !page.includes(sentence));
    expect(missing).toEqual([]);
  });
});
