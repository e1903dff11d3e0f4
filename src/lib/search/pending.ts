/** Results not yet shown, in the order they are shown. */
export interface Pending<T> {
  size(): number;
  /** The next `count` results; may load what it needs to decide the order. */
  take(count: number): Promise<T[]>;
}

/** Results already in order. */
export function pendingList<T>(results: readonly T[]): Pending<T> {
  const rest = [...results];
  return { size: () => rest.length, take: (count) => Promise.resolve(rest.splice(0, count)) };
}

/**
 * Newest first across lists that are each newest first (one per index shard): Pagefind sorts by
 * date inside each index but merges several indexes by score, which interleaves them (a 2019
 * speech between two of 2022). Merges by `dateOf`, asked only of each list's head and once per
 * item. Dates compare as text (`2024-08-21` > `2022-04` > `2022`).
 */
export function pendingByDate<T>(lists: readonly (readonly T[])[], dateOf: (item: T) => Promise<string>): Pending<T> {
  const rest = lists.map((list) => [...list]);
  const dates = new Map<T, Promise<string>>();
  const dateOnce = (item: T): Promise<string> => {
    let date = dates.get(item);
    if (!date) dates.set(item, (date = dateOf(item)));
    return date;
  };
  return {
    size: () => rest.reduce((sum, list) => sum + list.length, 0),
    take: async (count) => {
      const taken: T[] = [];
      while (taken.length < count) {
        const live = rest.filter((list) => list.length > 0);
        if (live.length === 0) break;
        const heads = await Promise.all(live.map((list) => dateOnce(list[0]!)));
        let newest = 0;
        for (let i = 1; i < heads.length; i++) if (heads[i]! > heads[newest]!) newest = i;
        taken.push(live[newest]!.shift()!);
      }
      return taken;
    },
  };
}
