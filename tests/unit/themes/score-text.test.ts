import { describe, expect, it } from 'vitest';
import {
  compileThemeRules,
  findTermsInStretches,
  normalizeForMatching,
  scoreNormalizedText,
  scoreText,
} from '@/lib/themes/score-text';
import { loadThemes, seedLine } from './fixtures';

const themes = loadThemes();
const theme = (slug: string) => {
  const found = themes.find((t) => t.slug === slug);
  if (!found) throw new Error(`no theme ${slug}`);
  return found;
};
const rulesOf = (slug: string) => compileThemeRules(theme(slug));
/** Scores a text with no lead-sentence bonus. */
const plainScore = (text: string, slug: string) => scoreText(text, rulesOf(slug), 0, 1);

describe('compileThemeRules', () => {
  it('puts longer rules first, and an exclusion before a keyword of the same length', () => {
    const rules = compileThemeRules({
      words: [{ term: '创新', weight: 1 }],
      phrases: [
        { term: '创新高地', weight: 3 },
        { term: '开新局', weight: 3 },
      ],
      exclude: ['创新高'],
    });
    expect(rules.map((r) => [r.kind, r.text])).toEqual([
      ['term', '创新高地'],
      ['exclude', '创新高'],
      ['term', '开新局'],
      ['term', '创新'],
    ]);
  });

  it('keeps the heavier weight when a term is listed both as a word and as a phrase', () => {
    const rules = compileThemeRules({
      words: [{ term: '营商', weight: 1 }],
      phrases: [{ term: '营商', weight: 2 }],
      exclude: [],
    });
    expect(rules).toEqual([{ kind: 'term', text: '营商', weight: 2 }]);
  });
});

describe('scoreText', () => {
  it('counts 开放高地 as one phrase, not also as the word 开放 inside it', () => {
    // Seed 000: “目前，高新区在开放上有基础、有优势，但尚未形成开放高地。”
    const result = plainScore('目前，高新区在开放上有基础、有优势，但尚未形成开放高地。', 'opening-up');
    expect(result.matches).toEqual([
      { term: '开放高地', count: 1, points: 3 },
      { term: '开放', count: 1, points: 1 },
    ]);
    expect(result.score).toBe(4);
  });

  it('does not count 创新 inside 创新绩 (“开新局、创新绩”, seed 001)', () => {
    const closing = seedLine('001', '同志们，高质量发展的目标鼓舞人心');
    expect(closing).toContain('创新绩');
    expect(plainScore(closing, 'innovation')).toEqual({ score: 0, matches: [] });
  });

  it('still counts the phrase 创新高地 although the shorter 创新高 is excluded (seed 000)', () => {
    const closing = seedLine('000', '总之，希望你们');
    expect(plainScore(closing, 'innovation').matches).toEqual([{ term: '创新高地', count: 1, points: 3 }]);
  });

  it('does not read 各项目标任务 as a 项目 (seed 002)', () => {
    const opening = seedLine('002', '清明节前');
    expect(opening).toContain('各项目标任务');
    expect(plainScore(opening, 'projects').matches.map((m) => m.term)).not.toContain('项目');
  });

  it('does not count 半开放老旧小区 as opening up (seed 001)', () => {
    expect(plainScore('引导半开放老旧小区内部道路纳入城市路网交通体系。', 'opening-up').score).toBe(0);
  });

  it('counts keywords in the lead sentence leadWeight times', () => {
    const text = '四要致力盯住项目这个“牛鼻子”。最终都要落到一个个项目上。';
    const leadEnd = text.indexOf('。') + 1;
    expect(scoreText(text, rulesOf('projects'), leadEnd, 2).matches).toEqual([{ term: '项目', count: 2, points: 3 }]);
  });

  it('matches full-width letters against ASCII rules (ＲＣＥＰ is RCEP)', () => {
    expect(plainScore('深入融入“一带一路”和ＲＣＥＰ', 'opening-up').matches).toEqual([
      { term: '一带一路', count: 1, points: 3 },
      { term: 'rcep', count: 1, points: 2 },
    ]);
  });

  it('scores an empty text as nothing', () => {
    expect(plainScore('', 'innovation')).toEqual({ score: 0, matches: [] });
  });
});

describe('scoreNormalizedText', () => {
  it.each([
    ['深化ＲＣＥＰ合作，扩大对外开放', 'opening-up'],
    ['５Ｇ基站和人工智能产业', 'innovation'],
    ['持续优化营商环境，推进一网通办', 'business-environment'],
  ])('scores the folded text of %s as scoreText scores the original', (text, slug) => {
    const rules = rulesOf(slug);
    const expected = scoreText(text, rules, 4, 2);
    expect(expected.score).toBeGreaterThan(0);
    expect(scoreNormalizedText(normalizeForMatching(text), rules, 4, 2)).toEqual(expected);
  });
});

describe('normalizeForMatching', () => {
  it('folds full-width letters and digits but keeps the length, so … stays one character', () => {
    expect(normalizeForMatching('５Ｇ网络…')).toBe('5g网络…');
    expect(normalizeForMatching('５Ｇ网络…')).toHaveLength(5);
  });
});

describe('findTermsInStretches', () => {
  /** Clauses of a folded sentence as [start, end) stretches, cut after each (folded) comma. */
  const clausesOf = (text: string) => {
    const stretches: { start: number; end: number }[] = [];
    let start = 0;
    for (let at = 0; at < text.length; at++) {
      if (text[at] === ',' || at === text.length - 1) {
        stretches.push({ start, end: at + 1 });
        start = at + 1;
      }
    }
    return stretches;
  };

  it.each([
    ['扩大对外开放，加快项目建设，做好民生工作。', 'opening-up'],
    ['扩大对外开放，加快项目建设，做好民生工作。', 'projects'],
    ['创新绩效考核，培育创新平台，保障民生。', 'innovation'],
  ])('finds the terms of %s clause by clause as scoring each clause alone does (%s)', (text, slug) => {
    const normalized = normalizeForMatching(text);
    const rules = rulesOf(slug);
    const stretches = clausesOf(normalized);
    const alone = stretches.map(({ start, end }) => scoreText(normalized.slice(start, end), rules, 0, 1).score > 0);
    expect(alone).toContain(true);
    expect(alone).toContain(false);
    expect(findTermsInStretches(normalized, rules, stretches)).toEqual(alone);
  });

  it('counts an exclusion as no term', () => {
    expect(findTermsInStretches('创新绩', rulesOf('innovation'), [{ start: 0, end: 3 }])).toEqual([false]);
  });
});
