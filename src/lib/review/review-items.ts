/**
 * What the review page shows for each target record: its paragraph, with the sentence, the quote
 * and the figure marked, and why the record has its kind. Data in, data out; the page renders it.
 */
import { KINDS, STRENGTHS, type TargetRecord } from '../schemas/target';
import type { SpeechBlock } from '../speech/types';
import { sentenceId } from '../speech/anchors';
import { splitSentences } from '../text/sentences';

/** A run of a paragraph's text; `mark` says what it is part of, innermost wins. */
export interface Segment {
  text: string;
  mark?: 'sentence' | 'quote' | 'figure';
}

export type ReviewStatus = 'unreviewed' | 'accepted' | 'rejected';

export interface ReviewItem {
  id: string;
  speech: string;
  record: TargetRecord;
  status: ReviewStatus;
  /** The paragraph the anchor points to, marked; undefined when the anchor points nowhere. */
  paragraph?: { index: number; segments: Segment[] };
  /** Why the record is a target or an actual, in the words staff read. */
  reason: string;
}

/** The review status of a record as the YAML says it. */
export function reviewStatus(record: Pick<TargetRecord, 'reviewed' | 'rejected'>): ReviewStatus {
  if (record.rejected) return 'rejected';
  return record.reviewed ? 'accepted' : 'unreviewed';
}

/** Builds the review items of one speech, in the order of its YAML file. */
export function buildReviewItems(blocks: readonly SpeechBlock[], records: readonly TargetRecord[]): ReviewItem[] {
  const sentences = new Map<string, { paragraph: string; index: number; start: number; end: number; text: string }>();
  for (const block of blocks) {
    if (block.type !== 'paragraph') continue;
    for (const sentence of splitSentences(block.text)) {
      sentences.set(sentenceId(block.index, sentence.index), {
        ...sentence,
        paragraph: block.text,
        index: block.index,
      });
    }
  }
  return records.map((record) => {
    const sentence = sentences.get(record.anchor);
    const item: ReviewItem = {
      id: record.id,
      speech: record.speech,
      record,
      status: reviewStatus(record),
      reason: kindReason(record, sentence?.text ?? record.quote),
    };
    if (sentence)
      item.paragraph = { index: sentence.index, segments: markParagraph(sentence.paragraph, sentence, record) };
    return item;
  });
}

/**
 * The reason for the record's kind: the strength word the sentence uses before the figure, or
 * that no goal word stands there. The extractor decides with more context (section headings);
 * this names the cue a reviewer can see in the marked sentence.
 */
export function kindReason(record: Pick<TargetRecord, 'kind' | 'strength' | 'stated'>, sentence: string): string {
  const before = sentence.slice(0, Math.max(0, sentence.indexOf(record.stated)));
  if (record.kind === 'target' && record.strength !== null) {
    const word = STRENGTH_CUES[record.strength].find((cue) => before.includes(cue));
    const label = `${KINDS.target}（${STRENGTHS[record.strength]}）`;
    return word === undefined ? `${label}：句中数字前无明确用语，按所在段落或章节判定` : `${label}：数字前有“${word}”`;
  }
  const cue = ACTUAL_CUES.find((word) => before.includes(word));
  return cue === undefined
    ? `${KINDS.actual}：数字前没有目标用语`
    : `${KINDS.actual}：数字前有“${cue}”，是已取得的结果`;
}

// The words readers see for each strength (target.ts), plus the synonyms the extractor reads.
const STRENGTH_CUES: Record<NonNullable<TargetRecord['strength']>, string[]> = {
  binding: ['确保', '必须', '务必', '坚决'],
  planned: ['目标', '预期', '计划', '不少于', '控制在', '要'],
  striving: ['力争'],
  seeking: ['争取', '努力'],
  projected: ['预计'],
};
const ACTUAL_CUES = [
  '同比',
  '累计',
  '截至',
  '已经',
  '已',
  '完成了',
  '实现了',
  '达到了',
  '一年来',
  '比去年',
  '较去年',
  '提高了',
];

function markParagraph(
  paragraph: string,
  sentence: { start: number; end: number; text: string },
  record: Pick<TargetRecord, 'quote' | 'stated'>,
): Segment[] {
  const quoteAt = sentence.text.indexOf(record.quote);
  const quoteStart = quoteAt < 0 ? -1 : sentence.start + quoteAt;
  const figureAt = quoteStart < 0 ? -1 : record.quote.indexOf(record.stated);
  const figureStart = figureAt < 0 ? -1 : quoteStart + figureAt;
  const cuts = [
    0,
    sentence.start,
    ...(quoteStart < 0 ? [] : [quoteStart, quoteStart + record.quote.length]),
    ...(figureStart < 0 ? [] : [figureStart, figureStart + record.stated.length]),
    sentence.end,
    paragraph.length,
  ]
    .filter((cut, index, all) => all.indexOf(cut) === index)
    .sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i < cuts.length - 1; i++) {
    const start = cuts[i]!;
    const end = cuts[i + 1]!;
    if (end <= start) continue;
    const inside = (from: number, length: number) => from >= 0 && start >= from && end <= from + length;
    const mark = inside(figureStart, record.stated.length)
      ? 'figure'
      : inside(quoteStart, record.quote.length)
        ? 'quote'
        : start >= sentence.start && end <= sentence.end
          ? 'sentence'
          : undefined;
    segments.push(
      mark === undefined ? { text: paragraph.slice(start, end) } : { text: paragraph.slice(start, end), mark },
    );
  }
  return segments;
}

/** Reviewed and total records, for the progress line. */
export function reviewProgress(items: readonly Pick<ReviewItem, 'status'>[]): { reviewed: number; total: number } {
  return { reviewed: items.filter((item) => item.status !== 'unreviewed').length, total: items.length };
}
