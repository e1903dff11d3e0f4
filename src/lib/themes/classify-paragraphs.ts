import type { Theme } from '../schemas/theme';
import type { SpeechBlock } from '../speech/types';
import { splitSentences } from '../text/sentences';
import {
  compileThemeRules,
  findTermsInStretches,
  normalizeForMatching,
  scoreNormalizedText,
  scoreText,
  type TermMatch,
  type TermRule,
} from './score-text';

/** Why a paragraph belongs to a theme. */
export interface ParagraphTheme {
  slug: string;
  /** Points the paragraph's own words earned for this theme, in the points (一要…、二要…) about it. */
  score: number;
  /** The keywords found in those points. */
  matches: TermMatch[];
  /** 1-based sentences that hold those keywords: the sentences that made the paragraph relevant. */
  sentences: number[];
  /**
   * The paragraph opens with the theme (its first sentence names it) or sits under a heading about
   * it: the theme has a part of its own in the speech there (speech-themes.ts).
   */
  leads: boolean;
}

export interface ClassifiedParagraph {
  /** Paragraph anchor, `p-12`. */
  id: string;
  index: number;
  /** Strongest first. */
  themes: ParagraphTheme[];
}

interface CompiledTheme {
  theme: Theme;
  rules: TermRule[];
  /** A keyword holds a clause end (，：。…), so a scan of a whole sentence may differ from its clauses'. */
  spansClauses: boolean;
}

interface Sentence {
  index: number;
  /** The sentence with list clauses blanked out (same length, so offsets stay valid). */
  scored: string;
}

/**
 * Gives every paragraph of a parsed speech zero or more themes, with the keywords and sentences
 * that decided it. A paragraph is on a theme when one of its points is *about* the theme, not
 * when it names it in passing. The steps run in this order, and the order matters:
 *
 * 1. **Lists are not topics.** A clause (between commas) that names two or more themes is a list
 *    of subjects — “对开放招商、项目建设和开发区高质量发展等重点工作”, “坚持开放创新引领” — and scores
 *    for none of them. This runs first because every later step counts keywords.
 * 2. **Points.** Speeches pack several points into one paragraph (“一要……二要……”, “要培育开放主体。”);
 *    the paragraph is split at each point's opening sentence and every point is judged on its own,
 *    so a paragraph whose fifth point is on 开放 gets 开放 even when its other points are on 项目.
 * 3. **Own words.** Each theme's keywords are scored in the point (its opening sentence counts
 *    `leadWeight` times). A theme needs `threshold` points *and* keywords in at least `minSentences`
 *    sentences of the point: one sentence that names a theme — a target in a list of targets, a
 *    school “等项目建设” in a paragraph on education — is a mention, not a passage about it.
 * 4. **Focus.** Within the point the theme must also reach `minShareOfTop` of the strongest theme's
 *    score, so a point on 项目 that says 开放高地 twice is not listed under 开放.
 *
 * Headings do not give their paragraphs a theme: a heading such as “二、明晰形势任务，以创新引领
 * 奋力推动高质量发展” spans a dozen subjects. They count for whole speeches instead (speech-themes.ts).
 */
export function classifyParagraphs(blocks: readonly SpeechBlock[], themes: readonly Theme[]): ClassifiedParagraph[] {
  const compiled = themes.map((theme): CompiledTheme => {
    const rules = rulesOf(theme);
    return { theme, rules, spansClauses: rules.some((rule) => CLAUSE_END.test(rule.text)) };
  });
  const result: ClassifiedParagraph[] = [];
  const headingText = new Map<string, string>();
  for (const block of blocks) {
    if (block.type === 'heading') {
      headingText.set(block.id, blankLists(normalizeForMatching(block.text), compiled));
      continue;
    }
    const sentences = splitSentences(block.text).map((sentence): Sentence => ({
      index: sentence.index,
      // Folded once here; every theme's scan below reads the folded text.
      scored: blankLists(normalizeForMatching(sentence.text), compiled),
    }));
    const found = new Map<string, ParagraphTheme>();
    for (const point of splitPoints(sentences)) {
      for (const verdict of judgePoint(point, compiled)) {
        const known = found.get(verdict.slug);
        if (known === undefined) found.set(verdict.slug, verdict);
        else found.set(verdict.slug, mergeVerdicts(known, verdict));
      }
    }
    const heading = headingText.get(block.headingPath.at(-1) ?? '') ?? '';
    for (const verdict of found.values()) {
      const rules = compiled.find((c) => c.theme.slug === verdict.slug)?.rules ?? [];
      verdict.leads =
        scoreNormalizedText(sentences[0]?.scored ?? '', rules, 0, 1).score > 0 ||
        scoreText(heading, rules, 0, 1).score > 0;
    }
    const own = [...found.values()].sort((a, b) => b.score - a.score);
    result.push({ id: block.id, index: block.index, themes: own });
  }
  return result;
}

/**
 * Opening sentences of a point inside a paragraph: numbered (一要、二是、第三，、（四）、一方面) or a
 * short sentence that starts with 要 and is a heading in all but layout (“要培育开放主体。”).
 */
const POINT_OPENING =
  /^\s*(?:[一二三四五六七八九十]+(?:要|是|方面)|第[一二三四五六七八九十]+[，、,]|（[一二三四五六七八九十]+）|(?:另)?一方面)/u;
const SHORT_POINT = /^\s*要/u;
// “要强化平台支撑。” is 8 characters and “要持续优化营商环境。” 10; a 要-sentence of 16 or fewer is a
// point's title, a longer one is an instruction inside the point.
const SHORT_POINT_MAX = 16;

function splitPoints(sentences: readonly Sentence[]): Sentence[][] {
  const points: Sentence[][] = [];
  for (const sentence of sentences) {
    const text = sentence.scored.trim();
    const opens = POINT_OPENING.test(text) || (SHORT_POINT.test(text) && text.length <= SHORT_POINT_MAX);
    const current = points.at(-1);
    if (current === undefined || opens) points.push([sentence]);
    else current.push(sentence);
  }
  return points;
}

function judgePoint(point: readonly Sentence[], compiled: readonly CompiledTheme[]): ParagraphTheme[] {
  const scores = compiled.map(({ theme, rules }) => {
    const matches = new Map<string, TermMatch>();
    const sentences: number[] = [];
    let score = 0;
    point.forEach((sentence, position) => {
      const leadEnd = position === 0 ? sentence.scored.length : 0;
      const scored = scoreNormalizedText(sentence.scored, rules, leadEnd, theme.leadWeight);
      if (scored.score === 0) return;
      score += scored.score;
      sentences.push(sentence.index);
      for (const match of scored.matches) addMatch(matches, match);
    });
    return { theme, score, sentences, matches: [...matches.values()].sort((a, b) => b.points - a.points) };
  });
  const candidates = scores.filter((s) => s.score >= s.theme.threshold && s.sentences.length >= s.theme.minSentences);
  const top = Math.max(0, ...candidates.map((s) => s.score));
  return candidates
    .filter((s) => s.score >= s.theme.minShareOfTop * top)
    .map((s) => ({ slug: s.theme.slug, score: s.score, matches: s.matches, sentences: s.sentences, leads: false }));
}

// Counts a term found again (in another sentence, or by another verdict) once, with both counts.
function addMatch(matches: Map<string, TermMatch>, match: TermMatch): void {
  const known = matches.get(match.term);
  if (known) {
    known.count += match.count;
    known.points += match.points;
  } else matches.set(match.term, { ...match });
}

function mergeVerdicts(a: ParagraphTheme, b: ParagraphTheme): ParagraphTheme {
  const matches = new Map(a.matches.map((m) => [m.term, { ...m }]));
  for (const match of b.matches) addMatch(matches, match);
  return {
    slug: a.slug,
    score: a.score + b.score,
    matches: [...matches.values()].sort((x, y) => y.points - x.points),
    sentences: [...a.sentences, ...b.sentences].sort((x, y) => x - y),
    leads: false,
  };
}

// A clause ends at a comma, colon or sentence end; 、 and 和 join the items of one clause.
const CLAUSE = /[^，,：:。！？!?；;]+[，,：:。！？!?；;]*/gu;
const CLAUSE_END = /[，,：:。！？!?；;]/u;

/**
 * The (folded) sentence with every clause that names two or more themes replaced by spaces of its
 * length. Each theme scans the sentence once (findTermsInStretches) rather than every clause
 * apart: this test ran four scans per clause and was two thirds of the classifier's time (profile
 * of a 3,000-speech build, 2026-12-04). A theme with a keyword that holds a clause end (none today)
 * is scanned clause by clause, where the one scan could differ.
 */
function blankLists(sentence: string, compiled: readonly CompiledTheme[]): string {
  const clauses = [...sentence.matchAll(CLAUSE)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const named = clauses.map(() => 0);
  for (const { rules, spansClauses } of compiled) {
    const found = spansClauses
      ? clauses.map(({ start, end }) => scoreNormalizedText(sentence.slice(start, end), rules, 0, 1).score > 0)
      : findTermsInStretches(sentence, rules, clauses);
    found.forEach((names, at) => (named[at] = (named[at] ?? 0) + (names ? 1 : 0)));
  }
  let blanked = sentence;
  clauses.forEach(({ start, end }, at) => {
    if ((named[at] ?? 0) >= 2) blanked = blanked.slice(0, start) + ' '.repeat(end - start) + blanked.slice(end);
  });
  return blanked;
}

// Pages classify every speech with the same theme objects: compile each theme's rules once.
const compiledRules = new WeakMap<Theme, TermRule[]>();

function rulesOf(theme: Theme): TermRule[] {
  let rules = compiledRules.get(theme);
  if (rules === undefined) {
    rules = compileThemeRules(theme);
    compiledRules.set(theme, rules);
  }
  return rules;
}
