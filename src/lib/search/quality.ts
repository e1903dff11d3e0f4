/** How one query did: which result URLs were shown, in order, against the pages that contain it. */
export interface QueryOutcome {
  query: string;
  shown: readonly string[];
  relevant: ReadonlySet<string>;
}

export interface QueryScore {
  query: string;
  shown: number;
  relevant: number;
  relevantShown: number;
  /** A page without the query is listed above one with it. */
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

/** Scores one query's results: relevant means the page contains the query verbatim. */
export function scoreQuery({ query, shown, relevant }: QueryOutcome): QueryScore {
  const relevantShown = shown.filter((url) => relevant.has(url)).length;
  const lastRelevant = shown.findLastIndex((url) => relevant.has(url));
  const firstIrrelevant = shown.findIndex((url) => !relevant.has(url));
  return {
    query,
    shown: shown.length,
    relevant: relevant.size,
    relevantShown,
    misranked: firstIrrelevant !== -1 && firstIrrelevant < lastRelevant,
  };
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
