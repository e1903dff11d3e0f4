import type { Theme } from '../schemas/theme';
import type { HeadingBlock, SpeechBlock } from '../speech/types';
import { splitSentences } from '../text/sentences';
import { compileThemeRules, scoreText, type TermMatch, type TermRule } from './score-text';

/** Why a paragraph belongs to a theme. */
export interface ParagraphTheme {
  slug: string;
  /** Points the paragraph's own words earned for this theme (0 when only its heading names the theme). */
  score: number;
  /** `text`: the paragraph's own words; `heading`: carried from the section heading it sits under. */
  source: 'text' | 'heading';
  /** The keywords found: in the paragraph for `text`, in the heading for `heading`. */
  matches: TermMatch[];
  /** The heading that carried the theme, for `heading`. */
  heading?: { id: string; text: string };
}

export interface ClassifiedParagraph {
  /** Paragraph anchor, `p-12`. */
  id: string;
  index: number;
  /** Strongest first: the paragraph's own themes by score, then themes carried from its heading. */
  themes: ParagraphTheme[];
}

interface CompiledTheme {
  theme: Theme;
  rules: TermRule[];
}

/**
 * Gives every paragraph of a parsed speech zero or more themes, with the keywords that decided it.
 *
 * The steps run in this order, and the order matters:
 * 1. **Own words.** Each theme's keywords are scored in the paragraph (its topic sentence counts
 *    `leadWeight` times); a theme that reaches its `threshold` is a candidate.
 * 2. **Focus.** A candidate must also reach `minShareOfTop` of the strongest candidate's score, so a
 *    passage about projects that says 开放高地 once in passing is not listed under 开放. This runs
 *    before the heading step because step 3 needs to know what the paragraph is clearly about.
 * 3. **Heading.** The nearest heading's themes carry to the paragraphs under it, unless a paragraph
 *    clearly says otherwise: it has its own themes and not one keyword of the carried theme. Only
 *    the nearest heading carries: top-level headings such as “二、明晰形势任务，以创新引领奋力推动
 *    高质量发展” span a dozen subjects and would label all of them.
 */
export function classifyParagraphs(blocks: readonly SpeechBlock[], themes: readonly Theme[]): ClassifiedParagraph[] {
  const compiled = themes.map((theme): CompiledTheme => ({ theme, rules: rulesOf(theme) }));
  const headingThemes = new Map<string, { heading: HeadingBlock; themes: ParagraphTheme[] }>();
  const result: ClassifiedParagraph[] = [];

  for (const block of blocks) {
    if (block.type === 'heading') {
      headingThemes.set(block.id, { heading: block, themes: classifyHeading(block, compiled) });
      continue;
    }
    const leadEnd = splitSentences(block.text)[0]?.end ?? block.text.length;
    const scores = compiled.map(({ theme, rules }) => ({
      theme,
      ...scoreText(block.text, rules, leadEnd, theme.leadWeight),
    }));

    const candidates = scores.filter((s) => s.score >= s.theme.threshold);
    const top = Math.max(0, ...candidates.map((s) => s.score));
    const own: ParagraphTheme[] = candidates
      .filter((s) => s.score >= s.theme.minShareOfTop * top)
      .sort((a, b) => b.score - a.score)
      .map((s) => ({ slug: s.theme.slug, score: s.score, source: 'text', matches: s.matches }));

    const nearest = block.headingPath.at(-1);
    const carried = nearest === undefined ? [] : (headingThemes.get(nearest)?.themes ?? []);
    const fromHeading = carried.filter((theme) => {
      if (own.some((t) => t.slug === theme.slug)) return false;
      const saysOtherwise = own.length > 0 && scores.find((s) => s.theme.slug === theme.slug)?.score === 0;
      return !saysOtherwise;
    });
    const withScores = fromHeading.map((theme) => ({
      ...theme,
      score: scores.find((s) => s.theme.slug === theme.slug)?.score ?? 0,
    }));

    result.push({ id: block.id, index: block.index, themes: [...own, ...withScores] });
  }
  return result;
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

/** A heading is all topic sentence: every keyword in it counts `leadWeight` times. */
function classifyHeading(heading: HeadingBlock, compiled: readonly CompiledTheme[]): ParagraphTheme[] {
  return compiled
    .map(({ theme, rules }) => ({ theme, ...scoreText(heading.text, rules, heading.text.length, theme.leadWeight) }))
    .filter((s) => s.score >= s.theme.threshold)
    .map((s) => ({
      slug: s.theme.slug,
      score: s.score,
      source: 'heading',
      matches: s.matches,
      heading: { id: heading.id, text: heading.text },
    }));
}
