import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { measureThemeQuality, type AnnotatedSpeech, type ClassifiedSpeech } from '@/lib/themes/quality';
import { loadThemeSeeds } from '../../../scripts/lib/theme-seeds';

const root = fileURLToPath(new URL('../../../', import.meta.url));

// The bar of issue #16; scripts/themes-quality.ts writes the same numbers to docs/themes-quality.md.
const MIN_PRECISION = 0.9;
const MIN_RECALL = 0.85;

describe('theme quality on the hand-annotated seeds', () => {
  const { themes, key, classified } = loadThemeSeeds(root);
  const report = measureThemeQuality(
    key,
    classified,
    themes.map((theme) => theme.slug),
  );

  it('annotates every seed speech', () => {
    expect(key.map((speech) => speech.speech).sort()).toEqual(classified.map((speech) => speech.slug).sort());
  });

  it.each(themes.map((theme) => [theme.name, theme.slug]))(
    '%s: paragraph precision ≥ 0.9 and recall ≥ 0.85',
    (_name, slug) => {
      const row = report.themes.find((r) => r.theme === slug);
      expect(row?.precision).toBeGreaterThanOrEqual(MIN_PRECISION);
      expect(row?.recall).toBeGreaterThanOrEqual(MIN_RECALL);
    },
  );
});

const paragraph = (index: number, ...slugs: string[]) => ({
  id: `p-${index}`,
  index,
  themes: slugs.map((slug) => ({ slug, score: 8, matches: [], sentences: [1], leads: false })),
});

describe('measureThemeQuality', () => {
  const key: AnnotatedSpeech[] = [{ speech: 'a', themes: ['x'], paragraphs: { 1: ['x'], 2: ['x'] } }];

  it('counts agreed, extra and missed paragraphs per theme, and speech agreement', () => {
    const classified: ClassifiedSpeech[] = [
      { slug: 'a', themes: ['x', 'y'], paragraphThemes: [paragraph(1, 'x'), paragraph(2), paragraph(3, 'x', 'y')] },
    ];
    const report = measureThemeQuality(key, classified, ['x', 'y']);
    expect(report.themes).toEqual([
      { theme: 'x', agreed: 1, extra: 1, missed: 1, precision: 0.5, recall: 0.5, speechesAgreed: 1, speeches: 1 },
      { theme: 'y', agreed: 0, extra: 1, missed: 0, precision: 0, recall: 1, speechesAgreed: 0, speeches: 1 },
    ]);
    expect(report.speechAgreement).toBe(0.5);
    expect(report.misses).toContainEqual({ speech: 'a', paragraph: 2, theme: 'x', kind: 'missed' });
    expect(report.speechMisses).toEqual([{ speech: 'a', theme: 'y', kind: 'extra' }]);
  });

  it('scores a theme with nothing to find and nothing found as 1, not 0/0', () => {
    const report = measureThemeQuality(
      [{ speech: 'a', themes: [], paragraphs: {} }],
      [{ slug: 'a', themes: [], paragraphThemes: [paragraph(1)] }],
      ['x'],
    );
    expect(report.themes[0]).toMatchObject({ precision: 1, recall: 1 });
  });

  it('refuses an annotated speech that was not classified', () => {
    expect(() => measureThemeQuality(key, [], ['x'])).toThrow('annotated speech a was not classified');
  });
});
