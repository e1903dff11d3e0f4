import type { PagefindResultData } from './pagefind-api';
import type { PreparedQuery } from './query';
import { displayRedactions } from '../text/redaction';
import {
  buildExcerpt,
  containsTyped,
  findPart,
  type ExcerptPiece,
  type SearchText,
  pickSubResults,
  textFragmentHref,
} from './results';

/** One result, ready to render: plain data, posted from the search worker to the page. */
export interface RenderedResult {
  title: string;
  /** The title link: the speech, with a text fragment for the first query part as found on the page. */
  href: string;
  /** Date · kind · organization. */
  meta: string;
  /** The words as this page writes them, when it lacks what was typed (`综合保税区`, `1.2万人`). */
  matchedForms: string[];
  /** Paragraphs and headings that contain the query, linked to their anchors. */
  subResults: { href: string; label: string; excerpt: ExcerptPiece[] }[];
  /** When no paragraph holds the query on its own (it spans two), an excerpt of the page. */
  excerpt: ExcerptPiece[];
}

/** A checked result: its page text as written and folded, and how the page's characters fold. */
export function renderResult(
  data: PagefindResultData,
  page: SearchText,
  folding: ReadonlyMap<string, string>,
  query: PreparedQuery,
): RenderedResult {
  const subResults = pickSubResults(data.url, data.anchors, query, 3, folding).map((sub) => ({
    href: sub.href,
    label: sub.id.startsWith('h-') ? '（章节标题）' : `（第${sub.id.slice(2)}段）`,
    excerpt: sub.excerpt,
  }));
  // The title link's text fragment must be the words as written on the page (營商環境, 综合保税区).
  const firstPart = query.parts[0];
  const firstHit = firstPart ? findPart(page, firstPart)[0] : undefined;
  const matchedForms = containsTyped(page, query)
    ? []
    : [
        ...new Set(
          query.parts.flatMap((part) =>
            findPart(page, part)
              .map((hit) => page.text.slice(hit.start, hit.end))
              // The Simplified form of a Traditional query is already said once for the whole list.
              .filter((written) => !part.forms.some((form) => form.via !== 'synonym' && sameText(form.text, written))),
          ),
        ),
      ];
  return {
    title: data.meta['title'] ?? data.url,
    href: firstHit ? textFragmentHref(data.url, page.text.slice(firstHit.start, firstHit.end)) : data.url,
    // The date as every page writes it (2024年8月21日), and a masked organization as a redaction.
    meta: [
      data.meta['date_label'] ?? data.meta['date'],
      data.filters['kind']?.[0],
      data.filters['organization']?.[0] && displayRedactions(data.filters['organization'][0]),
    ]
      .filter(Boolean)
      .join(' · '),
    matchedForms,
    subResults,
    excerpt: subResults.length > 0 ? [] : buildExcerpt(page, query),
  };
}

function sameText(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/**
 * Filter counts of a set of result pages, from the pages each filter value holds: Pagefind's own
 * counts describe one search, and a query of several parts or forms combines several.
 */
export function countFilterValues(
  ids: readonly string[],
  valuePages: ReadonlyMap<string, ReadonlyMap<string, ReadonlySet<string>>>,
): Record<string, Record<string, number>> {
  const counts: Record<string, Record<string, number>> = {};
  for (const [group, byValue] of valuePages) {
    const values: Record<string, number> = {};
    for (const [value, pages] of byValue) values[value] = ids.filter((id) => pages.has(id)).length;
    counts[group] = values;
  }
  return counts;
}
