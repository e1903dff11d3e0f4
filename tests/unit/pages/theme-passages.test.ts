import { describe, expect, it } from 'vitest';
import { speechDate as dateOf } from '../dates/fixtures';
import { collectThemePassages, countByYear, markTerms, type PassageSource } from '@/lib/pages/theme-passages';
import { parseSpeechBody } from '@/lib/speech/parse-body';
import { classifyParagraphs } from '@/lib/themes/classify-paragraphs';
import { summarizeSpeechThemes } from '@/lib/themes/speech-themes';
import { escapeMarkdown, loadThemes, seedLine, seedSection } from '../themes/fixtures';

const themes = loadThemes();

/** A speech made of real seed paragraphs (`## ` lines are headings), classified with the site's rules. */
function speech(slug: string, iso: string, lines: string[]): PassageSource {
  const markdown = lines
    .map((line) => (line.startsWith('## ') ? `## ${escapeMarkdown(line.slice(3))}` : escapeMarkdown(line)))
    .join('\n\n');
  const { blocks } = parseSpeechBody(markdown);
  const paragraphThemes = classifyParagraphs(blocks, themes);
  return {
    slug,
    data: { title: slug, kind: '讲话' },
    date: dateOf(iso),
    blocks,
    paragraphThemes,
    themes: summarizeSpeechThemes([], paragraphThemes, themes),
  };
}

const visit2019 = speech('visit', '2019', [
  seedLine('000', '今天到高新区'),
  seedLine('000', '一要致力于打造开放高地'),
  seedLine('000', '三要致力于优化营商环境'),
]);
const investment = seedSection('002', '第一，开放招商要突出坚持');
const meeting2022 = speech('meeting', '2022-04', [
  seedLine('002', '刚才，**同志通报了'),
  `## ${investment.heading}`,
  investment.body,
]);
const report2024 = speech('report', '2024-08-21', [
  `## ${seedLine('004', '要紧抓项目增后劲')}`,
  seedLine('004', '要保障建设'),
  seedLine('004', '要精准服务重点企业'),
]);

describe('collectThemePassages', () => {
  it('groups the passages under a theme by speech, newest speech first, paragraphs in reading order', () => {
    const groups = collectThemePassages([visit2019, report2024, meeting2022], 'opening-up');
    // The 2022 agenda paragraph (p-1) lists 开放 among the meeting's subjects: not a passage.
    expect(groups.map((g) => [g.slug, g.passages.map((p) => p.id)])).toEqual([
      ['meeting', ['p-2']],
      ['visit', ['p-2']],
    ]);
    expect(groups[1]?.passages[0]?.reason.matches[0]?.term).toBe('开放高地');
  });

  it('gives each passage its section heading', () => {
    const [group] = collectThemePassages([report2024], 'projects');
    expect(group?.passages[0]?.heading).toEqual({ id: 'h-1', text: seedLine('004', '要紧抓项目增后劲') });
    expect(collectThemePassages([visit2019], 'opening-up')[0]?.passages[0]?.heading).toBeUndefined();
  });

  it('shows whole sentences that made the passage relevant, keywords marked, gaps noted', () => {
    const passage = collectThemePassages([report2024], 'projects')[0]?.passages[0];
    expect(passage?.sentences.map((s) => s.index)).toEqual([1, 2]);
    const first = passage?.sentences[0];
    expect(first?.runs.map((r) => r.text).join('')).toBe(`${seedLine('004', '要保障建设').split('。')[0] ?? ''}。`);
    expect(first?.runs.filter((r) => r.matched).map((r) => r.text)).toContain('在库项目');
    expect(first?.gapBefore).toBe(false);
    expect(passage?.gapAfter).toBe(false);
  });

  it('leaves out speeches that are not on the theme', () => {
    expect(collectThemePassages([visit2019, report2024], 'projects').map((g) => g.slug)).toEqual(['report']);
  });

  it('orders a day-precise date after a year-only date of the same year', () => {
    const both = collectThemePassages(
      [{ ...report2024, slug: 'year-only', date: dateOf('2024') }, report2024],
      'projects',
    );
    expect(both.map((g) => g.slug)).toEqual(['report', 'year-only']);
  });
});

describe('markTerms', () => {
  it('marks the longest term first and keeps every character', () => {
    expect(markTerms('加快在库项目建设。', ['项目', '在库项目'])).toEqual([
      { text: '加快', matched: false },
      { text: '在库项目', matched: true },
      { text: '建设。', matched: false },
    ]);
  });

  it('matches full-width and upper-case letters as the classifier does', () => {
    expect(markTerms('融入ＲＣＥＰ', ['rcep']).filter((r) => r.matched)).toEqual([{ text: 'ＲＣＥＰ', matched: true }]);
  });

  it('returns the text unmarked without terms, and nothing for an empty text', () => {
    expect(markTerms('营商环境', [])).toEqual([{ text: '营商环境', matched: false }]);
    expect(markTerms('', ['项目'])).toEqual([]);
  });
});

describe('countByYear', () => {
  it('counts speeches and passages per year, newest year first', () => {
    const groups = collectThemePassages([visit2019, meeting2022, report2024], 'opening-up');
    expect(countByYear(groups)).toEqual([
      { year: 2022, speeches: 1, passages: 1 },
      { year: 2019, speeches: 1, passages: 1 },
    ]);
  });

  it('is empty for a theme without passages', () => {
    expect(countByYear([])).toEqual([]);
  });
});
