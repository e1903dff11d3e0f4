import { describe, expect, it } from 'vitest';
import { summarizeSpeechThemes } from '@/lib/themes/speech-themes';
import { summarizeThemes } from '@/lib/pages/theme-summary';

const order = ['opening-up', 'innovation', 'business-environment', 'projects'];
const paragraph = (id: string, ...slugs: string[]) => ({
  id,
  index: Number(id.slice(2)),
  themes: slugs.map((slug) => ({ slug, score: 3, source: 'text' as const, matches: [] })),
});

describe('summarizeSpeechThemes', () => {
  it('joins hand-set themes and paragraph themes, in the site’s order', () => {
    expect(
      summarizeSpeechThemes(
        ['projects'],
        [paragraph('p-1', 'innovation'), paragraph('p-2', 'opening-up', 'innovation')],
        order,
      ),
    ).toEqual(['opening-up', 'innovation', 'projects']);
  });

  it('is empty for a speech no rule and no person assigned', () => {
    expect(summarizeSpeechThemes([], [paragraph('p-1')], order)).toEqual([]);
  });
});

describe('summarizeThemes', () => {
  it('counts speeches and passages per theme', () => {
    const speeches = [
      { paragraphThemes: [paragraph('p-1', 'projects'), paragraph('p-2', 'projects', 'innovation')] },
      { paragraphThemes: [paragraph('p-1', 'innovation')] },
    ];
    const themes = order.map((slug) => ({ slug }));
    expect(summarizeThemes(speeches, themes).map((s) => [s.theme.slug, s.speeches, s.passages])).toEqual([
      ['opening-up', 0, 0],
      ['innovation', 2, 2],
      ['business-environment', 0, 0],
      ['projects', 1, 2],
    ]);
  });
});
