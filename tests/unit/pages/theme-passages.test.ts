import { describe, expect, it } from 'vitest';
import { parseSpeechDate, type SpeechDate } from '@/lib/dates/speech-date';
import { collectThemePassages, countByYear, type PassageSource } from '@/lib/pages/theme-passages';
import { parseSpeechBody } from '@/lib/speech/parse-body';
import type { ParagraphBlock } from '@/lib/speech/types';
import { classifyParagraphs } from '@/lib/themes/classify-paragraphs';
import { escapeMarkdown, loadThemes, seedLine } from '../themes/fixtures';

const themes = loadThemes();
const dateOf = (iso: string): SpeechDate => {
  const parsed = parseSpeechDate(iso);
  if (!parsed.ok) throw new Error(iso);
  return parsed.date;
};

/** A speech made of real seed paragraphs, classified with the site's rules. */
function speech(slug: string, iso: string, lines: string[]): PassageSource {
  const { blocks } = parseSpeechBody(lines.map(escapeMarkdown).join('\n\n'));
  return {
    slug,
    data: { title: slug, kind: '讲话' },
    date: dateOf(iso),
    paragraphs: blocks.filter((b): b is ParagraphBlock => b.type === 'paragraph'),
    paragraphThemes: classifyParagraphs(blocks, themes),
  };
}

const visit2019 = speech('visit', '2019', [
  seedLine('000', '今天到高新区'),
  seedLine('000', '一要致力于打造开放高地'),
  seedLine('000', '三要致力于优化营商环境'),
]);
const meeting2022 = speech('meeting', '2022-04', [seedLine('002', '清明节前'), seedLine('002', '刚才，**同志通报了')]);
const report2024 = speech('report', '2024-08-21', [seedLine('004', '要保障建设')]);

describe('collectThemePassages', () => {
  it('groups the passages under a theme by speech, newest speech first, paragraphs in reading order', () => {
    const groups = collectThemePassages([visit2019, report2024, meeting2022], 'opening-up');
    expect(groups.map((g) => [g.slug, g.passages.map((p) => p.id)])).toEqual([
      ['meeting', ['p-1', 'p-2']],
      ['visit', ['p-1', 'p-2']],
    ]);
    expect(groups[1]?.passages[1]?.reason.matches[0]?.term).toBe('开放高地');
  });

  it('leaves out speeches without a passage under the theme', () => {
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

describe('countByYear', () => {
  it('counts speeches and passages per year, newest year first', () => {
    const groups = collectThemePassages([visit2019, meeting2022, report2024], 'projects');
    expect(countByYear(groups)).toEqual([
      { year: 2024, speeches: 1, passages: 1 },
      { year: 2022, speeches: 1, passages: 2 },
    ]);
  });

  it('is empty for a theme without passages', () => {
    expect(countByYear([])).toEqual([]);
  });
});
