import type { TargetRecord } from '../schemas/target';
import { compareAnchors } from '../speech/anchors';

export interface MergeResult {
  records: TargetRecord[];
  /** Existing records kept as a person left them. */
  kept: number;
  /** New candidates added for review. */
  added: number;
}

/**
 * Merges fresh candidates into a speech's existing records without losing a person's work.
 *
 * A candidate matching an existing record (same id, or same quote and indicator) is dropped in
 * favour of the existing one, which may have been corrected or rejected; existing records that
 * match no candidate were added or re-worded by hand and are kept too. Records come out in the
 * order of the speech (paragraph, then sentence), so the file reads like the speech.
 */
export function mergeTargetRecords(
  existing: readonly TargetRecord[],
  candidates: readonly TargetRecord[],
): MergeResult {
  const records = [...existing];
  let added = 0;
  for (const candidate of candidates) {
    const match = existing.some(
      (record) =>
        record.id === candidate.id || (record.quote === candidate.quote && record.indicator === candidate.indicator),
    );
    if (match) continue;
    records.push(candidate);
    added++;
  }
  const order = new Map(records.map((record, index) => [record, index]));
  records.sort((a, b) => compareAnchors(a.anchor, b.anchor) || order.get(a)! - order.get(b)!);
  return { records, kept: existing.length, added };
}
