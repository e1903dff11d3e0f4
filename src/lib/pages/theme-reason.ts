import type { ParagraphTheme } from '../themes/classify-paragraphs';

/** How many keywords a reason names before it stops; the full list is rarely more informative. */
const MAX_TERMS = 5;
/** The reader-facing reason a paragraph is under a theme: `关键词：开放高地×3、开放平台×3`. */
export function describeThemeReason(reason: ParagraphTheme): string {
  const terms = reason.matches
    .slice(0, MAX_TERMS)
    .map((m) => (m.count > 1 ? `${m.term}×${m.count}` : m.term))
    .join('、');
  const more = reason.matches.length > MAX_TERMS ? '等' : '';
  return `关键词：${terms}${more}`;
}
