import { describe, expect, it } from 'vitest';
import { ThemesFileSchema } from '@/lib/schemas/theme';
import { loadThemes } from './fixtures';

const minimal = { slug: 'projects', name: '项目', description: '项目建设。', words: ['项目'] };
const messagesOf = (input: unknown) => {
  const result = ThemesFileSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
};

describe('ThemesFileSchema', () => {
  it('reads content/themes.yaml: the four themes with ASCII slugs and Chinese names, in site order', () => {
    expect(loadThemes().map((t) => [t.slug, t.name])).toEqual([
      ['opening-up', '开放'],
      ['innovation', '创新'],
      ['business-environment', '营商环境'],
      ['projects', '项目'],
    ]);
  });

  it('gives words 1 point, phrases 3 points and the threshold 5 unless staff set them', () => {
    const [theme] = ThemesFileSchema.parse([{ ...minimal, phrases: ['项目建设', { term: '开工', weight: 2 }] }]);
    expect(theme).toMatchObject({
      words: [{ term: '项目', weight: 1 }],
      phrases: [
        { term: '项目建设', weight: 3 },
        { term: '开工', weight: 2 },
      ],
      exclude: [],
      threshold: 5,
      minSentences: 2,
      minSpeechParagraphs: 2,
      leadWeight: 2,
      minShareOfTop: 0.5,
    });
  });

  it('refuses two themes with the same slug, saying which', () => {
    expect(messagesOf([minimal, minimal])).toEqual([expect.stringContaining('duplicate theme "slug" projects')]);
  });

  it('refuses a slug that would not make a clean URL', () => {
    expect(messagesOf([{ ...minimal, slug: '项目' }])).toEqual([expect.stringContaining('a-z, 0-9 and hyphens')]);
  });

  it('refuses a theme without any keyword', () => {
    expect(messagesOf([{ ...minimal, words: [] }])).toEqual([expect.stringContaining('has no keywords')]);
  });

  it('refuses a weight of 0 and a share above 1, in words staff understand', () => {
    expect(messagesOf([{ ...minimal, words: [{ term: '项目', weight: 0 }] }])).toEqual([
      expect.stringContaining('must be more than 0'),
    ]);
    expect(messagesOf([{ ...minimal, minShareOfTop: 2 }])).toEqual([expect.stringContaining('from 0 to 1')]);
  });

  it('refuses a file that is not a list of themes', () => {
    expect(messagesOf({ themes: [] })).toEqual([expect.stringContaining('must be a list of themes')]);
  });
});
