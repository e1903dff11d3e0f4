import type { ParagraphTheme } from '../themes/classify-paragraphs';
import { shortenText } from './excerpt';

/** How many keywords a reason names before it stops; the full list is rarely more informative. */
const MAX_TERMS = 5;
/** Headings quoted in a reason are cut so the tooltip stays short. */
const MAX_HEADING = 24;

/**
 * The reader-facing reason a paragraph is under a theme: `关键词：开放高地×3、开放平台×3`, or for a
 * theme carried from a section heading `所在章节“（三）全面优化营商环境……”：营商环境`.
 */
export function describeThemeReason(reason: ParagraphTheme): string {
  const terms = reason.matches
    .slice(0, MAX_TERMS)
    .map((m) => (m.count > 1 ? `${m.term}×${m.count}` : m.term))
    .join('、');
  const more = reason.matches.length > MAX_TERMS ? '等' : '';
  if (reason.source === 'heading' && reason.heading !== undefined) {
    const heading = shortenText(reason.heading.text.replace(/[。；;]$/u, ''), MAX_HEADING, '……');
    return `所在章节“${heading}”：${terms}${more}`;
  }
  return `关键词：${terms}${more}`;
}
