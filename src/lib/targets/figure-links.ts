import { figureRowId, parseAnchor, paragraphId } from '../speech/anchors';
import type { PublishedTarget } from './publish';

/** A link from the paragraph that states a figure to that figure's row in the speech's table. */
export interface FigureLink {
  rowId: string;
  record: PublishedTarget;
}

/**
 * The speech page's figure rows and the links to them: each published figure of one speech gets
 * a row id (`figure-N`, in the order given, which is reading order), and each paragraph the
 * figures of its sentences. Returns both sides so the table and the paragraphs cannot disagree.
 */
export function linkFiguresToParagraphs(records: readonly PublishedTarget[]): {
  rowIds: Map<PublishedTarget, string>;
  byParagraph: Map<string, FigureLink[]>;
} {
  const rowIds = new Map<PublishedTarget, string>();
  const byParagraph = new Map<string, FigureLink[]>();
  records.forEach((record, index) => {
    const rowId = figureRowId(index + 1);
    rowIds.set(record, rowId);
    const anchor = parseAnchor(record.anchor);
    if (anchor === undefined || anchor.kind === 'heading') return;
    const paragraph = paragraphId(anchor.paragraph);
    byParagraph.set(paragraph, [...(byParagraph.get(paragraph) ?? []), { rowId, record }]);
  });
  return { rowIds, byParagraph };
}
