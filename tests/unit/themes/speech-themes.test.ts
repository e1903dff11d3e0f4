import { describe, expect, it } from 'vitest';
import { summarizeSpeechThemes } from '@/lib/themes/speech-themes';
import { summarizeThemes } from '@/lib/pages/theme-summary';

const themes = ['opening-up', 'innovation', 'business-environment', 'projects'].map((slug) => ({
  slug,
  minSpeechParagraphs: 2,
}));
const paragraph = (id: string, themeSlugs: string[], leads = false) => ({
  id,
  index: Number(id.slice(2)),
  themes: themeSlugs.map((slug) => ({ slug, score: 8, matches: [], sentences: [1, 2], leads })),
});

describe('summarizeSpeechThemes', () => {
  it('lists a theme two paragraphs are about, in the site’s order', () => {
    const paragraphs = [paragraph('p-1', ['projects', 'innovation']), paragraph('p-2', ['projects'])];
    expect(summarizeSpeechThemes([], paragraphs, themes)).toEqual(['projects']);
  });

  it('lists a theme one paragraph is about when it opens with it or sits under a heading about it', () => {
    expect(summarizeSpeechThemes([], [paragraph('p-1', ['innovation'], true)], themes)).toEqual(['innovation']);
  });

  it('leaves out a theme only one passing paragraph is about', () => {
    expect(summarizeSpeechThemes([], [paragraph('p-4', ['opening-up'])], themes)).toEqual([]);
  });

  it('keeps the themes staff set by hand, with no paragraph about them', () => {
    expect(summarizeSpeechThemes(['business-environment'], [], themes)).toEqual(['business-environment']);
  });

  it('follows each theme’s own minSpeechParagraphs', () => {
    const lenient = themes.map((theme) => ({ ...theme, minSpeechParagraphs: 1 }));
    expect(summarizeSpeechThemes([], [paragraph('p-4', ['opening-up'])], lenient)).toEqual(['opening-up']);
  });
});

describe('summarizeThemes', () => {
  it('counts the speeches on each theme and their passages about it', () => {
    const speeches = [
      {
        themes: ['projects'],
        paragraphThemes: [paragraph('p-1', ['projects']), paragraph('p-2', ['projects', 'innovation'])],
      },
      // One passing paragraph on 创新: the speech is not on 创新, so neither it nor the paragraph counts.
      { themes: [], paragraphThemes: [paragraph('p-1', ['innovation'])] },
      { themes: ['business-environment'], paragraphThemes: [] },
    ];
    expect(summarizeThemes(speeches, themes).map((s) => [s.theme.slug, s.speeches, s.passages])).toEqual([
      ['opening-up', 0, 0],
      ['innovation', 0, 0],
      ['business-environment', 1, 0],
      ['projects', 1, 2],
    ]);
  });
});
