import type { Theme } from '../schemas/theme';
import { compileThemeRules, scoreText } from '../themes/score-text';

// A quote is a clause, not a paragraph: one keyword is evidence, but a theme must also reach
// half the score of the strongest one, so 科技研发及成果转化项目 is 创新 and not also 项目.
const MIN_SCORE = 1;
const MIN_SHARE_OF_TOP = 0.5;

/**
 * Returns a classifier of a figure's own words (its quote and indicator) into theme slugs, in
 * site order. A figure is placed by what its clause says rather than by its paragraph: a
 * paragraph about projects that also promises 学前教育普惠率93%以上 does not make that a
 * projects target. Figures whose words name no theme get none (shown under 其他).
 */
export function createTargetThemeClassifier(themes: readonly Theme[]): (text: string) => string[] {
  const compiled = themes.map((theme) => ({ slug: theme.slug, rules: compileThemeRules(theme) }));
  return (text) => {
    const scores = compiled.map(({ slug, rules }) => ({ slug, score: scoreText(text, rules, 0, 1).score }));
    const top = Math.max(0, ...scores.map((s) => s.score));
    return scores.filter((s) => s.score >= MIN_SCORE && s.score >= MIN_SHARE_OF_TOP * top).map((s) => s.slug);
  };
}
