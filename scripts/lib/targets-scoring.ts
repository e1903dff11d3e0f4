/**
 * Scoring of the target extractor against the hand annotation in tests/fixtures/targets-corpus/
 * (`npm run test:targets`). Pure: texts, blocks, annotations and records in, counts out. The
 * annotation rules and the meaning of every measure are in docs/targets-quality.md.
 */
import { z } from 'zod';
import { STRENGTH_ORDER, type Strength, type TargetRecord } from '../../src/lib/schemas/target';
import type { SpeechBlock } from '../../src/lib/speech/types';
import { splitSentences } from '../../src/lib/text/sentences';

const PERIOD = /^\d{4}(?:-(?:\d{4}|H[12]|Q[1-4]|0[1-9]|1[0-2]))?$/;

const FigureSchema = z
  .object({
    /** The figure as written, bound words included (5%左右, 2500亿元以上); found verbatim in the sentence. */
    stated: z.string().min(1),
    value: z.number().nullable(),
    /** Upper end of a stated range (5%—5.5%). */
    upper: z.number().optional(),
    /** The unit as written, whether or not the site can chart it yet (亿度, 万千瓦). */
    unit: z.string(),
    kind: z.enum(['target', 'actual']),
    /** For targets: how firmly stated, in the schema's terms (src/lib/schemas/target.ts). */
    strength: z.enum(STRENGTH_ORDER as [Strength, ...Strength[]]).optional(),
    /** 2026, 2026-H1, or a span 2026-2030 for a five-year goal. */
    period: z.string().regex(PERIOD, 'period: 2026、2026-H1 或 2026-2030'),
    /** The noun phrase the figure measures, as the text names it. */
    indicator: z.string().min(1),
    /** Other names for the same indicator that the text also supports (规上工业增加值 for 规模以上工业增加值). */
    also: z.array(z.string()).optional(),
    /** 预期性 / 约束性 where the text says which. */
    binding: z.enum(['预期性', '约束性']).optional(),
    note: z.string().optional(),
  })
  .strict()
  .refine((figure) => figure.kind === 'target' || figure.strength === undefined, {
    message: 'strength 只用于目标（kind: target）/ strength is for targets only',
    path: ['strength'],
  });

const NotFigureSchema = z.object({ stated: z.string().min(1), why: z.string().min(1) }).strict();

const SentenceSchema = z
  .object({
    /** A verbatim excerpt of the text (a sentence or the clause that holds the figures), unique in the document. */
    text: z.string().min(1),
    figures: z.array(FigureSchema).default([]),
    not_figures: z.array(NotFigureSchema).default([]),
    note: z.string().optional(),
  })
  .strict();

export const CorpusAnnotationSchema = z
  .object({
    source: z
      .object({
        title: z.string().min(1),
        issuer: z.string().min(1),
        date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date: YYYY-MM-DD'),
        url: z.url(),
        /** The document type scores are grouped by: 省级政府工作报告, 高新区新闻报道 … */
        kind: z.string().min(1),
        /** What was kept of the source when it was cut, and how the text was obtained. */
        excerpt: z.string().optional(),
      })
      .strict(),
    sentences: z.array(SentenceSchema),
  })
  .strict();

export type CorpusAnnotation = z.output<typeof CorpusAnnotationSchema>;
export type AnnotatedFigure = z.output<typeof FigureSchema>;

/** A character span `[start, end)` of the document text. */
export interface Span {
  start: number;
  end: number;
}

export interface LocatedFigure extends Span {
  figure: AnnotatedFigure;
  sentence: string;
}

export interface LocatedNonFigure extends Span {
  stated: string;
  why: string;
  sentence: string;
}

export interface LocatedAnnotation {
  figures: LocatedFigure[];
  nonFigures: LocatedNonFigure[];
  /** Sentences or figures that cannot be found in the text: the annotation must be fixed. */
  problems: string[];
}

/**
 * Where `stated` occurs in `text` at or after `from`, as a whole figure: 5% is not found inside
 * 15% or 5.5%, and 12 not inside 120.
 */
export function findFigure(text: string, stated: string, from = 0): number {
  const startsWithDigit = /^[0-9０-９]/.test(stated);
  const endsWithDigit = /[0-9０-９]$/.test(stated);
  for (let at = text.indexOf(stated, from); at !== -1; at = text.indexOf(stated, at + 1)) {
    const before = text[at - 1] ?? '';
    const after = text[at + stated.length] ?? '';
    if (startsWithDigit && /[0-9０-９.．]/.test(before)) continue;
    if (endsWithDigit && /^(?:[0-9０-９]|[.．][0-9０-９])/.test(after + (text[at + stated.length + 1] ?? ''))) continue;
    return at;
  }
  return -1;
}

/** Places every annotated figure and non-figure in the text; figures with the same `stated` in one sentence take its occurrences in order. */
export function locateAnnotation(text: string, annotation: CorpusAnnotation): LocatedAnnotation {
  const located: LocatedAnnotation = { figures: [], nonFigures: [], problems: [] };
  for (const sentence of annotation.sentences) {
    const at = text.indexOf(sentence.text);
    if (at === -1) {
      located.problems.push(`句子不在原文中 / sentence not in the text: “${sentence.text}”`);
      continue;
    }
    if (text.indexOf(sentence.text, at + 1) !== -1) {
      located.problems.push(
        `句子在原文中出现不止一次，请写长一些 / sentence is not unique, quote more of it: “${sentence.text}”`,
      );
      continue;
    }
    const next = new Map<string, number>();
    const place = (stated: string): Span | undefined => {
      const offset = findFigure(sentence.text, stated, next.get(stated) ?? 0);
      if (offset === -1) return undefined;
      next.set(stated, offset + stated.length);
      return { start: at + offset, end: at + offset + stated.length };
    };
    for (const figure of sentence.figures) {
      const span = place(figure.stated);
      if (span) located.figures.push({ ...span, figure, sentence: sentence.text });
      else located.problems.push(`“${figure.stated}”不在句中 / figure not in its sentence: “${sentence.text}”`);
    }
    for (const nonFigure of sentence.not_figures) {
      const span = place(nonFigure.stated);
      if (span) located.nonFigures.push({ ...span, ...nonFigure, sentence: sentence.text });
      else located.problems.push(`“${nonFigure.stated}”不在句中 / non-figure not in its sentence: “${sentence.text}”`);
    }
  }
  return located;
}

export interface LocatedRecord {
  record: TargetRecord;
  /** Null when the record's sentence or figure cannot be found in the text. */
  span: Span | null;
}

/**
 * Places the extractor's records in the document text: the record's anchor names its paragraph
 * and sentence, and the stated figure is looked up there (records with the same `stated` in one
 * sentence take its occurrences in order). `blocks` are those the extractor read, in order; each
 * is found in `text` after the one before it.
 */
export function locateRecords(
  text: string,
  blocks: readonly SpeechBlock[],
  records: readonly TargetRecord[],
): LocatedRecord[] {
  // Blocks are looked up with whitespace ignored: the importer joins the lines of a paragraph
  // that a stored page broke in the middle of a sentence (a line ending in ，), so a block's text
  // may lack line breaks the document has. `toText[i]` is where the i-th non-space character is.
  const toText: number[] = [];
  let squeezed = '';
  for (const match of text.matchAll(/\S/gu)) {
    toText.push(match.index);
    squeezed += match[0];
  }
  const paragraphs = new Map<number, { at: number; text: string }>();
  let cursor = 0;
  for (const block of blocks) {
    const blockSqueezed = block.text.replace(/\s+/gu, '');
    const at = squeezed.indexOf(blockSqueezed, cursor);
    if (at === -1 || blockSqueezed === '') continue;
    cursor = at + blockSqueezed.length;
    if (block.type === 'paragraph') paragraphs.set(block.index, { at, text: block.text });
  }
  const next = new Map<string, number>();
  return records.map((record) => {
    const anchor = /^p-(\d+)-s(\d+)$/.exec(record.anchor);
    const paragraph = anchor ? paragraphs.get(Number(anchor[1])) : undefined;
    const sentence = paragraph ? splitSentences(paragraph.text)[Number(anchor![2]) - 1] : undefined;
    if (!paragraph || !sentence) return { record, span: null };
    const key = `${record.anchor}\u0000${record.stated}`;
    const offset = findFigure(sentence.text, record.stated, next.get(key) ?? 0);
    if (offset === -1) return { record, span: null };
    next.set(key, offset + record.stated.length);
    // The figure's place in the document: count the non-space characters before it in the block.
    const before = paragraph.text.slice(0, sentence.start + offset).replace(/\s+/gu, '').length;
    const start = toText[paragraph.at + before]!;
    return { record, span: { start, end: start + record.stated.length } };
  });
}

// Words around an indicator that do not change what is measured: the place (全区), the year,
// the growth words that the unit % already says (地区生产总值增速 measures 地区生产总值), and the
// verb of a change (最低工资标准每月提高183元 measures 最低工资标准).
const INDICATOR_PREFIX =
  /^(?:全省|全区|全市|全县|全国|全年|今年|明年|本年|年度|我省|我区|我市|其中|\d{4}年(?:底|末)?)+/;
const INDICATOR_SUFFIX =
  /(?:同比增长|同比|增长|增速|增幅|分别|达到|达|为|实现|完成|每月|每年|提高到|提高至|提高|提升到|提升至|提升|下降到|下降|降低)+$/;
const INDICATOR_NOISE = /[\s“”"'‘’《》〈〉（）()【】\[\]、，,：:；;。]/g;

/** The indicator as compared: NFKC, without punctuation, place and year words, or trailing growth words. */
export function normalizeIndicator(indicator: string): string {
  let normalized = indicator.normalize('NFKC').replace(INDICATOR_NOISE, '');
  for (let previous = ''; previous !== normalized;) {
    previous = normalized;
    normalized = normalized.replace(INDICATOR_PREFIX, '').replace(INDICATOR_SUFFIX, '');
  }
  return normalized;
}

/**
 * How much of the longer name the shorter must cover when one contains the other: two thirds
 * accepts 中学学位 for 新增中学学位 and refuses 增加值 for 一产增加值 (three fifths).
 */
export const INDICATOR_MIN_COVERAGE = 2 / 3;

/**
 * The extractor named the indicator as the text does: after normalizing, equal to the annotated
 * name (or one of its `also` names), or one contains the other and the shorter covers at least
 * INDICATOR_MIN_COVERAGE of the longer (全区规模以上工业增加值 ⊇ 规模以上工业增加值; 增加值 is not 一产增加值).
 */
export function indicatorMatches(expected: readonly string[], got: string): boolean {
  const actual = normalizeIndicator(got);
  if (actual.length < 2) return false;
  return expected.some((name) => {
    const wanted = normalizeIndicator(name);
    if (wanted === actual) return true;
    const [shorter, longer] = wanted.length <= actual.length ? [wanted, actual] : [actual, wanted];
    return shorter.length >= 2 && longer.includes(shorter) && shorter.length / longer.length >= INDICATOR_MIN_COVERAGE;
  });
}

export interface Match {
  figure: LocatedFigure;
  record: TargetRecord;
  kindRight: boolean;
  indicatorRight: boolean;
  valueRight: boolean;
  periodRight: boolean;
  /** Both are targets and the strength agrees; false when either is not a target. */
  strengthRight: boolean;
}

export interface DocumentResult {
  id: string;
  kind: string;
  figures: LocatedFigure[];
  records: LocatedRecord[];
  matches: Match[];
  missed: LocatedFigure[];
  /** Records whose figure is one the annotation lists as not a target or actual. */
  nonFigureHits: { record: TargetRecord; nonFigure: LocatedNonFigure }[];
  /** Records that match no annotated figure (not located, a second record of one figure, or unannotated). */
  unmatched: LocatedRecord[];
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Pairs records with annotated figures one to one by overlapping spans, in the order the records come. */
export function scoreDocument(
  id: string,
  kind: string,
  located: LocatedAnnotation,
  records: readonly LocatedRecord[],
): DocumentResult {
  const claimed = new Set<LocatedFigure>();
  const result: DocumentResult = {
    id,
    kind,
    figures: located.figures,
    records: [...records],
    matches: [],
    missed: [],
    nonFigureHits: [],
    unmatched: [],
  };
  for (const located_ of records) {
    const { record, span } = located_;
    if (span === null) {
      result.unmatched.push(located_);
      continue;
    }
    const figure = located.figures.find((candidate) => !claimed.has(candidate) && overlaps(candidate, span));
    if (figure) {
      claimed.add(figure);
      const expected = figure.figure;
      result.matches.push({
        figure,
        record,
        kindRight: record.kind === expected.kind,
        indicatorRight: indicatorMatches([expected.indicator, ...(expected.also ?? [])], record.indicator),
        valueRight: record.value === expected.value && record.unit === expected.unit,
        periodRight: record.period === expected.period,
        strengthRight: expected.kind === 'target' && record.kind === 'target' && record.strength === expected.strength,
      });
      continue;
    }
    const nonFigure = located.nonFigures.find((candidate) => overlaps(candidate, span));
    if (nonFigure) result.nonFigureHits.push({ record, nonFigure });
    else result.unmatched.push(located_);
  }
  result.missed = located.figures.filter((figure) => !claimed.has(figure));
  return result;
}

export interface Counts {
  documents: number;
  figures: number;
  targets: number;
  records: number;
  matched: number;
  kindRight: number;
  targetsAsTargets: number;
  indicatorRight: number;
  valueRight: number;
  periodRight: number;
  strengthRight: number;
  nonFigureHits: number;
}

export interface Measures {
  precision: number;
  recall: number;
  kindRight: number;
  targetsAsTargets: number;
  indicatorRight: number;
  valueRight: number;
  periodRight: number;
  /** Over the targets that came out as targets. */
  strengthRight: number;
  nonFigureHits: number;
}

export function countResults(results: readonly DocumentResult[]): Counts {
  const counts: Counts = {
    documents: results.length,
    figures: 0,
    targets: 0,
    records: 0,
    matched: 0,
    kindRight: 0,
    targetsAsTargets: 0,
    indicatorRight: 0,
    valueRight: 0,
    periodRight: 0,
    strengthRight: 0,
    nonFigureHits: 0,
  };
  for (const result of results) {
    counts.figures += result.figures.length;
    counts.targets += result.figures.filter((figure) => figure.figure.kind === 'target').length;
    counts.records += result.records.length;
    counts.matched += result.matches.length;
    counts.nonFigureHits += result.nonFigureHits.length;
    for (const match of result.matches) {
      if (match.kindRight) counts.kindRight++;
      if (match.indicatorRight) counts.indicatorRight++;
      if (match.valueRight) counts.valueRight++;
      if (match.periodRight) counts.periodRight++;
      if (match.strengthRight) counts.strengthRight++;
      if (match.figure.figure.kind === 'target' && match.record.kind === 'target') counts.targetsAsTargets++;
    }
  }
  return counts;
}

const ratio = (part: number, whole: number): number => (whole === 0 ? 1 : part / whole);

/**
 * Precision is over all records, recall and the targets measure over all annotated figures and
 * targets (a target not found is a target not published as one); kind, indicator, value and
 * period are over the figures found, strength over the targets that came out as targets.
 */
export function measure(counts: Counts): Measures {
  return {
    precision: ratio(counts.matched, counts.records),
    recall: ratio(counts.matched, counts.figures),
    kindRight: ratio(counts.kindRight, counts.matched),
    targetsAsTargets: ratio(counts.targetsAsTargets, counts.targets),
    indicatorRight: ratio(counts.indicatorRight, counts.matched),
    valueRight: ratio(counts.valueRight, counts.matched),
    periodRight: ratio(counts.periodRight, counts.matched),
    strengthRight: ratio(counts.strengthRight, counts.targetsAsTargets),
    nonFigureHits: counts.nonFigureHits,
  };
}

/** The goals of issue #12; value, period and strength are reported without a goal. */
export const GOALS = {
  precision: 0.98,
  recall: 0.95,
  kindRight: 0.95,
  targetsAsTargets: 0.9,
  indicatorRight: 0.9,
  nonFigureHits: 0,
} as const;

/** The goals `measures` falls short of, as readable lines; empty when all are met. */
export function unmetGoals(measures: Measures): string[] {
  const unmet: string[] = [];
  for (const key of ['precision', 'recall', 'kindRight', 'targetsAsTargets', 'indicatorRight'] as const) {
    if (measures[key] < GOALS[key]) unmet.push(`${key} ${measures[key].toFixed(3)} < ${GOALS[key]}`);
  }
  if (measures.nonFigureHits > GOALS.nonFigureHits) unmet.push(`nonFigureHits ${measures.nonFigureHits} > 0`);
  return unmet;
}
