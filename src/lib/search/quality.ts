/** How one query did: which result URLs were shown, in order, against the pages that contain it. */
export interface QueryOutcome {
  query: string;
  shown: readonly string[];
  relevant: ReadonlySet<string>;
  /**
   * Relevant pages that must be listed above the other relevant ones: those holding what was typed,
   * above those found by another name (综保区 above 综合保税区). Absent: no such order.
   */
  preferred?: ReadonlySet<string>;
}

export interface QueryScore {
  query: string;
  shown: number;
  relevant: number;
  relevantShown: number;
  /** A page without the query is listed above one with it, or one not preferred above a preferred one. */
  misranked: boolean;
}

export interface QualitySummary {
  /** Relevant results shown / results shown, over all queries (1 when nothing was shown). */
  precision: number;
  /** Relevant results shown / relevant pages, over all queries (1 when nothing was relevant). */
  recall: number;
  misranked: string[];
  queries: QueryScore[];
}

/** Scores one query's results against the pages relevant to it. */
export function scoreQuery({ query, shown, relevant, preferred }: QueryOutcome): QueryScore {
  const relevantShown = shown.filter((url) => relevant.has(url)).length;
  return {
    query,
    shown: shown.length,
    relevant: relevant.size,
    relevantShown,
    misranked: listedBelow(shown, relevant) || (preferred !== undefined && listedBelow(shown, preferred)),
  };
}

/** Whether a page outside `set` is listed above a page in it. */
function listedBelow(shown: readonly string[], set: ReadonlySet<string>): boolean {
  const last = shown.findLastIndex((url) => set.has(url));
  const firstOutside = shown.findIndex((url) => !set.has(url));
  return firstOutside !== -1 && firstOutside < last;
}

/** Micro-averaged precision and recall over a set of queries, and the misranked ones. */
export function summarizeQuality(outcomes: readonly QueryOutcome[]): QualitySummary {
  const queries = outcomes.map(scoreQuery);
  const shown = queries.reduce((sum, q) => sum + q.shown, 0);
  const relevant = queries.reduce((sum, q) => sum + q.relevant, 0);
  const relevantShown = queries.reduce((sum, q) => sum + q.relevantShown, 0);
  return {
    precision: shown === 0 ? 1 : relevantShown / shown,
    recall: relevant === 0 ? 1 : relevantShown / relevant,
    misranked: queries.filter((q) => q.misranked).map((q) => q.query),
    queries,
  };
}
