/**
 * Orders exact matches for the relevance sort: pages holding every part as the reader typed it
 * first (综保区 above pages that only say 综合保税区), then by `scores` — Pagefind scores every
 * exact (quoted) match the same, so the worker passes the scores of the same words searched
 * unquoted, where Pagefind weighs how often and where they occur — then in Pagefind's order.
 */
export function orderByRelevance<T extends { id: string }>(
  exact: readonly T[],
  scores: ReadonlyMap<string, number>,
  typed: ReadonlySet<string>,
): T[] {
  return exact
    .map((result, position) => ({
      result,
      position,
      typed: typed.has(result.id) ? 0 : 1,
      score: scores.get(result.id) ?? 0,
    }))
    .sort((a, b) => a.typed - b.typed || b.score - a.score || a.position - b.position)
    .map(({ result }) => result);
}

/** Adds up the scores of several searches by page id. */
export function sumScores(searches: readonly (readonly { id: string; score: number }[])[]): Map<string, number> {
  const scores = new Map<string, number>();
  for (const results of searches) {
    for (const result of results) scores.set(result.id, (scores.get(result.id) ?? 0) + result.score);
  }
  return scores;
}

/** The items of the first list whose ids are in every other list, in the first list's order. */
export function intersectById<T extends { id: string }>(lists: readonly (readonly T[])[]): T[] {
  const [first = [], ...others] = lists;
  const sets = others.map((list) => new Set(list.map((item) => item.id)));
  return first.filter((item) => sets.every((ids) => ids.has(item.id)));
}

/** Every item of every list once, by id, in order of first appearance. */
export function unionById<T extends { id: string }>(lists: readonly (readonly T[])[]): T[] {
  const seen = new Map<string, T>();
  for (const list of lists) for (const item of list) if (!seen.has(item.id)) seen.set(item.id, item);
  return [...seen.values()];
}
