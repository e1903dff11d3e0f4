import type { SpeechDate } from '../dates/speech-date';
import { readQuantities, type Quantity } from '../numbers/quantities';
import type { TargetClass, TargetRecord } from '../schemas/target';
import type { ParagraphBlock, Sentence, SpeechBlock } from '../speech/types';
import { sentenceId } from '../speech/anchors';
import { splitSentences } from '../text/sentences';
import {
  announcementOf,
  announcesList,
  headingContext,
  isListItem,
  isTitleLine,
  leadInOf,
  readDirection,
  readTargetClass,
  type Direction,
  type SectionContext,
} from './extract-context';
import { CLAUSE_END, completeIndicator, findIndicator, isCounted, respectiveIndicators } from './extract-indicator';
import { decideKind, statesGoal, type KindDecision } from './extract-kind';
import { findPeriodMentions, findSpans, periodSpan, resolvePeriod, spanFacing, type PeriodMention } from './period';

export interface ExtractInput {
  /** The speech's slug (file name without .md). */
  slug: string;
  date: SpeechDate;
  blocks: readonly SpeechBlock[];
}

/** A candidate record, in the shape of content/targets/*.yaml, always unreviewed. */
export type TargetCandidate = TargetRecord;

const MIN_QUOTE_LENGTH = 14;
// From November a speech sums the year up; its plans name the next year.
const YEAR_END_MONTH = 11;
// Until February a speech's own year has only begun: what it says of that year is planned.
const YEAR_START_MONTH = 2;
// （一）, (二): the numbering of sections under a part.
const SUBSECTION = /^\s*[（(][一二三四五六七八九十]+[）)]/;
// Until March the year before's results are not yet published: a bare 预计 then estimates them.
const PRELIMINARY_MONTH = 3;

/**
 * Finds every stated target and reported actual in a speech: each figure with a unit in a
 * paragraph, classified by the words of its sentence and the heading or lead-in it sits under
 * (see `decideKind`), with its indicator (the noun phrase it measures), period, strength, the
 * clause that states it and the reason for its kind. Candidates are unreviewed: the staff CLI
 * writes them for a person to check.
 *
 * Not extracted: ordinals (第5次, 排名第2), figures inside quotation marks (“三个一批”), small
 * counts in Chinese numerals (两项指标), counts of work areas (以下十个方面), meeting counts
 * (十届四次全会, 120名代表参加), and figures that only describe something else (总投资180亿元的项目,
 * 10亿元以上的项目).
 */
export function extractTargets(input: ExtractInput): TargetCandidate[] {
  const candidates: TargetCandidate[] = [];
  const headings = new Map<string, SectionContext | undefined>();
  // The five-year spans each heading names (“十四五”时期发展成就和“十五五”时期主要目标任务).
  const headingSpans = new Map<string, string[]>();
  const ids = new Set<string>();
  // A title line the importer left as a paragraph (2025年及“十四五”工作回顾) heads the paragraphs after it.
  let title: SectionContext | undefined;
  // A paragraph announcing a list (主要目标如下：) gives its context to the items that follow it.
  let list: SectionContext | undefined;
  // The past year the text last named outside any section (2025年，高新区…): 全年 after it is that year.
  let narrated: number | undefined;
  for (const block of input.blocks) {
    if (block.type === 'heading') {
      const direction = readDirection(block.text, input.date, 'heading');
      headings.set(block.id, direction);
      headingSpans.set(block.id, findSpans(block.text, input.date));
      // A title line (2026年重点工作) heads the numbered sections after it (（一）放大促消费扩投资政策效应) until a
      // heading that faces a way of its own; a heading of another form (要紧抓项目增后劲…) ends it.
      if (direction !== undefined || !SUBSECTION.test(block.text)) title = undefined;
      list = undefined;
      narrated = undefined;
      continue;
    }
    if (isTitleLine(block.text)) title = readDirection(block.text, input.date, 'heading') ?? title;
    const inherited = list && isListItem(block.text) ? list : (title ?? headingContext(block.headingPath, headings));
    const spans = block.headingPath.flatMap((id) => headingSpans.get(id) ?? []);
    const { records, context, named } = extractParagraph(block, inherited, spans, narrated, input, ids);
    candidates.push(...records);
    narrated = named;
    list = nextListContext(block.text, context, list);
  }
  return candidates;
}

/** The context list items after this paragraph inherit, if it announces a list or is an item of one. */
function nextListContext(
  text: string,
  context: SectionContext | undefined,
  list: SectionContext | undefined,
): SectionContext | undefined {
  if (context?.direction === 'forward' && announcesList(text)) return context;
  if (list && isListItem(text)) return context ?? list;
  return undefined;
}

interface ParagraphState {
  context: SectionContext | undefined;
  targetClass: TargetClass | undefined;
  /** A year named earlier in the paragraph (2021年完成…；增速6.3%) carries to the sentences after it. */
  carried: PeriodMention | undefined;
  /** An earlier sentence states a goal: later unmarked figures are planned. */
  planned: boolean;
  /** Every figure so far in the paragraph is an actual by its words: later unmarked figures are too. */
  reported: boolean;
  results: boolean;
  /** The speech is of November or December (see KindClues.yearEnd). */
  yearEnd: boolean;
  /** The speech's year, when it is given in January or February (see KindClues.yearStart). */
  yearStart: number | undefined;
  /** The five-year spans the headings above name, for a paragraph whose own words name none. */
  headingSpans: readonly string[];
  /** The past year the text last named outside any section, which 全年 and 年度 then mean. */
  narrated: number | undefined;
  /** 2020年全年预计实现…；…: a projection of a running period goes on to the clauses after its semicolon. */
  projecting: boolean;
  /** Whether a figure came before in the paragraph. */
  figures: boolean;
}

/** The records of one paragraph, and the context it ends in (for the list items after it). */
function extractParagraph(
  block: ParagraphBlock,
  inherited: SectionContext | undefined,
  headingSpans: readonly string[],
  narrated: number | undefined,
  input: ExtractInput,
  ids: Set<string>,
): { records: TargetCandidate[]; context: SectionContext | undefined; named: number | undefined } {
  const quoteDepth = quotationDepths(block.text);
  const state: ParagraphState = {
    context: inherited,
    targetClass: inherited?.targetClass,
    carried: undefined,
    planned: false,
    reported: false,
    results: false,
    yearEnd: (input.date.month ?? 0) >= YEAR_END_MONTH,
    yearStart: input.date.month !== undefined && input.date.month <= YEAR_START_MONTH ? input.date.year : undefined,
    headingSpans,
    narrated,
    projecting: false,
    figures: false,
  };
  const records = splitSentences(block.text).flatMap((sentence, position) => {
    readSentenceLeadIn(sentence.text, state, input.date);
    estimateLastYear(sentence.text, findPeriodMentions(sentence.text, input.date, input.date), state, input.date);
    const periodDate = periodDateOf(state.context, input.date);
    const found0 = findPeriodMentions(sentence.text, periodDate, input.date);
    // 张凤林指出,2018年,…全年地区生产总值完成113.4亿元: a year told of at the head of the sentence, after who
    // speaks, is already what the sentence's own bare 全年 means.
    if (opensWithYear(sentence.text, found0[0], true)) state.narrated = narratedYear(found0[0]!);
    const mentions = narrateWholeYear(sentence.text, found0, state);
    leaveLookBack(sentence.text, mentions, state);
    if (position === 0) state.results = readsAsResults(state.context, mentions);
    const quantities = readQuantities(sentence.text).filter(
      (reading): reading is Quantity =>
        reading.kind === 'amount' &&
        quoteDepth[sentence.start + reading.start] === 0 &&
        !isDescriptive(sentence.text, reading),
    );
    const found = extractSentence({ block, sentence, quantities, mentions, state, periodDate, input, ids });
    // A goal word whose figures all came out as results (预计全年完成… of a year that has ended) sets no plan.
    const allActual = found.length > 0 && found.every((r) => r.kind === 'actual');
    if (statesGoal(sentence.text, state.results, state.yearEnd) && !allActual) state.planned = true;
    if (found.length > 0) state.reported = (!state.figures || state.reported) && allActual;
    if (found.length > 0) state.figures = true;
    state.projecting =
      /[；;]$/.test(sentence.text.trim()) &&
      (found.at(-1)?.strength === 'projected' || (state.projecting && found.every((r) => r.strength === 'projected')));
    const explicitYear = mentions
      .filter((m) => /^[到至]?\d{4}(?:年|全年|年度)/.test(sentence.text.slice(m.start, m.end)))
      .at(-1);
    if (explicitYear) state.carried = explicitYear;
    // A time at the head of a sentence (2025年，…; 2025年1-9月…; 1-11月，…) sets the year the text tells of.
    // Only a year written out (2025年, 1-11月): 去年，… tells of last year beside this one. A 今年 ends it.
    if (opensWithYear(sentence.text, mentions[0], false)) state.narrated = narratedYear(mentions[0]!);
    if (mentions.some((m) => /^今年/.test(sentence.text.slice(m.start, m.end)))) state.narrated = undefined;
    return found;
  });
  return { records, context: state.context, named: state.context === undefined ? state.narrated : undefined };
}

// 预计 with no time of its own after it (预计地区生产总值超过2100亿元), not 预计全年 or 预计2025年.
const BARE_ESTIMATE = /预计(?!到|至|今年|明年|全年|年内|\d|[一二三四]季度|上半年|下半年)/;

/**
 * 预计地区生产总值超过2100亿元,增长8.8%左右;… in a speech of January to March: a 预计 with no period of its
 * own estimates the year just ended, whose results are not yet published. From there the paragraph looks
 * back on that year, so its figures are preliminary actuals and 超过, 左右, 以上 bound actuals, not goals.
 * A time before it (2020年全年预计… in June) or a section that looks ahead leaves the 预计 to `decideKind`.
 */
function estimateLastYear(
  sentence: string,
  mentions: readonly PeriodMention[],
  state: ParagraphState,
  date: SpeechDate,
): void {
  if (date.month === undefined || date.month > PRELIMINARY_MONTH || state.context?.direction === 'forward') return;
  const estimate = BARE_ESTIMATE.exec(sentence);
  if (!estimate || mentions.some((m) => m.start < estimate.index + 4)) return;
  state.context = { direction: 'retrospective', reason: '年初讲话中无时期的“预计”', year: date.year - 1 };
}

/**
 * 一年来，我们完成投资300亿元。2026年，我们要完成投资330亿元。: a sentence that opens with a year not yet
 * over leaves the look-back of its paragraph; its own words decide from there.
 */
function leaveLookBack(sentence: string, mentions: readonly PeriodMention[], state: ParagraphState): void {
  const head = mentions[0];
  if (state.context?.direction !== 'retrospective' || state.context.running === true || head === undefined) return;
  const opens = /^[\s，,、]*$/.test(sentence.slice(0, head.start));
  // 2023年上半年 names a part of the year, which may be over.
  const part = mentions[1] !== undefined && mentions[1].start === head.end;
  if (opens && !part && !head.past && /^\d{4}年(?!\d)/.test(sentence.slice(head.start, head.end)))
    state.context = undefined;
}

// 张凤林指出, / 会议强调,: who speaks, before the time the sentence opens with.
const SPEAKER = /^[^，,；;。]{1,12}(?:说|指出|表示|介绍|强调)[，,]/;

/** A time written out (2025年, 1-11月) opens the sentence, after who speaks if `afterSpeaker`. */
function opensWithYear(sentence: string, head: PeriodMention | undefined, afterSpeaker: boolean): boolean {
  if (head === undefined || !/^\d/.test(sentence.slice(head.start, head.end))) return false;
  const lead = sentence.slice(0, head.start);
  if (/^[\s，,、]*$/.test(lead)) return true;
  return afterSpeaker && SPEAKER.test(lead) && lead.replace(SPEAKER, '').trim() === '';
}

/** The year a past explicit time names (2025-Q3 → 2025); undefined for the speech's year or a later one. */
function narratedYear(mention: PeriodMention): number | undefined {
  return mention.past && /^\d{4}(?:-(?:Q\d|H\d|\d{2}))?$/.test(mention.period)
    ? Number(mention.period.slice(0, 4))
    : undefined;
}

/**
 * Outside any section, a bare 全年 or 年度 is the past year the text last named (2025年，高新区…。
 * 全年列省重大项目9个 in a January 2026 news report), not the speech's year.
 */
function narrateWholeYear(sentence: string, mentions: PeriodMention[], state: ParagraphState): PeriodMention[] {
  const year = state.context === undefined ? state.narrated : undefined;
  // 全年要确保增长6%: a goal word other than 预计 speaks of the year ahead, whatever was told before.
  if (year === undefined || statesGoal(sentence.replace(/预计/g, ''), false)) return mentions;
  return mentions.map((mention, i) => {
    const words = sentence.slice(mention.start, mention.end);
    const joined = i > 0 && mentions[i - 1]!.end === mention.start;
    return /^(?:全年|年度)$/.test(words) && !joined
      ? { ...mention, period: `${year}`, past: true, future: false }
      : mention;
  });
}

interface SentenceParts extends Omit<RecordParts, 'quantity' | 'decision'> {
  quantities: readonly Quantity[];
}

/** The records of one sentence's figures, each named, dated and classified. */
function extractSentence(parts: SentenceParts): TargetCandidate[] {
  const { sentence, quantities, mentions, state } = parts;
  const respective = respectiveIndicators(sentence.text, quantities);
  const records: TargetCandidate[] = [];
  let previousIndicator: string | undefined;
  for (const quantity of quantities) {
    const dating = datingMentions(sentence.text, mentions, quantity, quantities);
    const decision = classify(sentence.text, quantity, dating, state);
    if (decision === null) continue;
    const record = buildRecord({ ...parts, quantity, decision, mentions: dating });
    record.indicator =
      respective.get(quantity.start) ?? completeIndicator(record.indicator, previousIndicator, quantity.unit);
    previousIndicator = record.indicator;
    records.push(record);
  }
  return records;
}

/**
 * A sentence that opens with 下一步， or 一年来，, or announces 今年主要预期目标是：, turns the rest of its
 * paragraph that way; 约束性指标 sets the class.
 */
function readSentenceLeadIn(sentence: string, state: ParagraphState, date: SpeechDate): void {
  // A clause announcing what follows (…今年发展主要预期目标是：) turns the paragraph from there on.
  const announcement = announcementOf(sentence);
  const leadIn = leadInOf(sentence) ?? sentence;
  const announced = withSpanBefore(
    sentence,
    announcement,
    announcement === undefined ? undefined : readDirection(announcement, date, 'lead-in'),
    date,
  );
  // 会议总结了2025年工作，部署2026年任务。: a sentence whose lead-in looks one way and whose rest the other
  // announces both, and turns the paragraph neither way.
  const rest = sentence.slice(sentence.indexOf(leadIn) + leadIn.length);
  const led = readDirection(leadIn, date, 'lead-in');
  const both =
    led !== undefined && rest !== '' && readDirection(rest, date, 'lead-in')?.direction === opposite(led.direction);
  const context = announced ?? (both ? undefined : led);
  // 2026年主要目标如下：（一）预期性指标。 in one paragraph: the class is named after the colon.
  const afterAnnouncement = announced
    ? sentence.slice(sentence.indexOf(announcement ?? '') + (announcement ?? '').length)
    : '';
  const targetClass =
    readTargetClass(announced ? (announcement ?? '') : leadIn) ??
    readTargetClass(/^[^\d０-９，,；;]*/.exec(afterAnnouncement)?.[0] ?? '');
  // A lead-in facing the same way as its section refines it: （一）预期性指标 under 2026年主要目标如下 is of 2026.
  const year = context?.year ?? (context?.direction === state.context?.direction ? state.context?.year : undefined);
  if (context)
    state.context = { ...context, ...(year !== undefined ? { year } : {}), ...(targetClass ? { targetClass } : {}) };
  if (targetClass) state.targetClass = targetClass;
}

/**
 * “十五五”时期，要努力实现以下目标任务：: the five years named before an announcement are the span of what it
 * announces (年均 rates over 2026-2030, levels in 2030), as they are in a heading.
 */
function withSpanBefore(
  sentence: string,
  announcement: string | undefined,
  announced: SectionContext | undefined,
  date: SpeechDate,
): SectionContext | undefined {
  if (announcement === undefined || announced === undefined || announced.span !== undefined) return announced;
  const prefix = readDirection(
    sentence.slice(0, sentence.indexOf(announcement) + announcement.length),
    date,
    'lead-in',
  );
  if (prefix?.direction !== announced.direction || prefix.span === undefined) return announced;
  return { ...announced, span: prefix.span, ...(prefix.spanOnly !== undefined ? { spanOnly: prefix.spanOnly } : {}) };
}

function opposite(direction: Direction): Direction {
  return direction === 'forward' ? 'retrospective' : 'forward';
}

/**
 * The time expressions before a figure that can date it. One that names its own figure
 * (从2021年末的12.8%增加到15%, 由上年729万人增加到732万人) dates only that figure, not the ones after it.
 */
function datingMentions(
  sentence: string,
  mentions: readonly PeriodMention[],
  quantity: Quantity,
  quantities: readonly Quantity[],
): PeriodMention[] {
  return mentions.filter(
    (m) =>
      m.start < quantity.start &&
      !quantities.some(
        (other) =>
          other.start >= m.end &&
          other.start < quantity.start &&
          /^(?:的|平均)?$/.test(sentence.slice(m.end, other.start)),
      ),
  );
}

/** In a look-back section 全年 and 年度 mean the year under review, not the speech's year. */
function periodDateOf(context: SectionContext | undefined, date: SpeechDate): SpeechDate {
  if (context?.year !== undefined) return { ...date, year: context.year };
  return context?.direction === 'retrospective' ? { ...date, year: date.year - 1 } : date;
}

/** A paragraph of results: under a look-back heading, or opening with a past year (2025年，全区…). */
function readsAsResults(context: SectionContext | undefined, mentions: readonly PeriodMention[]): boolean {
  if (context) return context.direction === 'retrospective';
  return mentions[0]?.past === true;
}

function classify(
  sentence: string,
  quantity: Quantity,
  mentions: readonly PeriodMention[],
  state: ParagraphState,
): KindDecision | null {
  const before = sentence.slice(0, quantity.start);
  return decideKind(
    {
      before,
      sentence,
      nearestMention: mentions.at(-1),
      carried: state.carried,
      context: state.context,
      planned: state.planned,
      reported: state.reported,
      results: state.results,
      yearEnd: state.yearEnd,
      yearStart: state.yearStart,
      projecting: state.projecting,
    },
    quantity.text,
  );
}

interface RecordParts {
  block: ParagraphBlock;
  sentence: Sentence;
  quantity: Quantity;
  decision: KindDecision;
  mentions: readonly PeriodMention[];
  state: ParagraphState;
  periodDate: SpeechDate;
  input: ExtractInput;
  ids: Set<string>;
}

function buildRecord(parts: RecordParts): TargetCandidate {
  const { block, sentence, quantity, decision, state, input } = parts;
  const { quote, offset } = quoteClause(sentence.text, quantity);
  const anchor = sentenceId(block.index, sentence.index);
  return {
    id: uniqueId(`${anchor}/${quantity.text}`, parts.ids),
    speech: input.slug,
    indicator: findIndicator(quote, quantity, quantity.start - offset, quantity.end - offset),
    value: quantity.value,
    upper: quantity.upper,
    unit: quantity.unit,
    stated: quantity.text,
    bound: quantity.bound,
    kind: decision.kind,
    period: periodOf(parts),
    strength: decision.strength,
    quote,
    anchor,
    // Only themes a person adds: the build classifies each figure by its own words (target-themes.ts).
    themes: [],
    ...(decision.kind === 'target' && state.targetClass ? { targetClass: state.targetClass } : {}),
    ...(decision.relation ? { relation: decision.relation } : {}),
    kindReason: decision.reason,
    reviewed: false,
    rejected: false,
  };
}

function uniqueId(base: string, ids: Set<string>): string {
  let id = base;
  for (let n = 2; ids.has(id); n++) id = `${base}#${n}`;
  ids.add(id);
  return id;
}

// 年均增长5.9%, 累计完成3.7万亿元, 5年增长18.7%: a figure over the whole span, not of its last year
// (年均浓度 is a yearly mean, of one year).
const OVER_THE_SPAN = /年均(?!浓度|值)|累计|[五5]年(?:来|间|内)?(?:累计|共计?|增长|新增|提高)/;
// 新建成轨道交通线路7条 under a five-year heading: what was built in the five years.
const BUILT_OVER_THE_SPAN = /新建|新增|建成|实施|开通|改造|培育|引进|打造|创建|新开工|建设|落地/;
// 天然气产量增长37.9％, 汽车产量增长1.7倍, 占比提高11.9个百分点 under 五年来: a change over the five years.
const CHANGED_OVER_THE_SPAN = /(?:增长|提高|提升|下降|降低|改善|减少|增加|净增)(?:了)?$/;
const CHANGE_UNITS: ReadonlySet<string> = new Set(['%', '倍', '个百分点']);

/**
 * The period of a figure: a time named before it in its sentence; a span (2021-2025) for a total or
 * average of a five-year section or sentence; else the year carried from earlier (for results), else
 * the section's year — the last year of a five-year section that looks ahead.
 */
function periodOf(parts: RecordParts): string {
  const period = yearOf(parts);
  const { sentence, quantity, state } = parts;
  const clause = sentence.text.slice(0, quantity.start).split(CLAUSE_END).at(-1) ?? '';
  const mentioned = periodSpan(period) ? period : undefined;
  // A year named before the figure (由2020年的7.2%提升至7.4%) dates it, whatever the section's span.
  if (mentioned === undefined && parts.mentions.length > 0) return period;
  const context = state.context;
  // Under 二、“十四五”时期发展成就和“十五五”时期主要目标任务 a paragraph that looks ahead is of 十五五.
  // With no section context, the figure's kind says which way it faces.
  const forward =
    (context?.direction ?? (parts.decision.kind === 'target' ? 'forward' : 'retrospective')) === 'forward';
  const headingSpan = spanFacing(state.headingSpans, forward, parts.input.date);
  const span = mentioned ?? context?.span ?? headingSpan;
  const end = periodSpan(span ?? '')?.end;
  if (span === undefined || end === undefined) return period;
  if (OVER_THE_SPAN.test(clause)) return span;
  // Under “十四五”时期 alone the counts built are of the five years; under 2025年和“十四五”时期, of the year.
  const spanOnly =
    mentioned !== undefined || context?.spanOnly === true || (context?.span === undefined && headingSpan !== undefined);
  if (spanOnly && quantity.unit !== '%' && BUILT_OVER_THE_SPAN.test(clause)) return span;
  // Only where the words of the section or sentence name the five years alone (五年来, not 过去一年 under
  // 2025年和“十四五”时期工作回顾).
  const fiveYearsAlone = !forward && (mentioned !== undefined || context?.spanOnly === true);
  if (fiveYearsAlone && CHANGE_UNITS.has(quantity.unit) && CHANGED_OVER_THE_SPAN.test(clause)) return span;
  // 技术合同成交额从1795亿元增加到5260亿元 under 五年来: from the year before the span.
  if (fiveYearsAlone && /(?:从|由)$/.test(clause)) return `${(periodSpan(span)?.start ?? end + 1) - 1}`;
  // “十四五”以来…比重达到30%以上, “十五五”时期…城镇化率达到71%以上: a level, reached in the last year.
  if (mentioned !== undefined || forward) return `${end}`;
  return period;
}

/** The last time before the figure; else the year carried from earlier (for results), else the section's year. */
function yearOf({ sentence, quantity, decision, mentions, state, periodDate }: RecordParts): string {
  // A past year carries only to results (2021年末的12.8% does not date the plans that follow it),
  // a future one only to goals (到2025年经济总量… does not date the next city's result).
  const carried = state.carried;
  const carries = carried && (decision.kind === 'actual' ? !carried.future : !carried.past);
  const narrated = decision.kind === 'actual' && state.context === undefined ? state.narrated : undefined;
  const fallback = carries ? carried.period : `${narrated ?? periodDate.year}`;
  const retrospective = state.context?.direction === 'retrospective';
  if (retrospective && decision.kind === 'actual' && !mentions.some((m) => m.start < quantity.start)) return fallback;
  // 12月底前 dates a deadline within the year, not the figure's period.
  const periods = mentions.filter((m) => !/^\d{1,2}月/.test(sentence.text.slice(m.start, m.end)));
  return resolvePeriod(periods, quantity.start, fallback);
}

// 以下十个方面, 设置了29项主要指标, 部署了13项任务举措：一是…: a count of the areas, indicators or
// measures a speech is about to list, not a goal.
const WORK_AREAS_AFTER =
  /^(?:个)?(?:方面|领域|维度)|^(?:约束性|预期性|主要|核心|重点)?指标|^(?:主要|重点)?(?:任务举措|举措|工作任务|重点任务|重点工作)(?:[：:，,。]|$)/;
// 至少有十个突出亮点：一是…: a count whose noun opens an enumeration counts its items.
const ANNOUNCES_ITEMS = /^[^，,；;。：:]{1,8}[：:]\s*(?:一是|[（(]?[一1][）)、.]|——)/;
const WORK_AREAS_BEFORE = /(?:以下|如下|下列|下面|这)$/;
const THRESHOLD_OF = /^(?:以上)?[^，,；;。、\d]{0,6}(?:项目|企业)/;
const OTHER_SUM = /^(?:或|、|和|及|至|到|-)[\d.]+(?:多|余)?[万亿千百]*(?:美元|元)/;
// 连续跨过3个万亿元大关, 五年跨越3个十亿级台阶: a count of the thresholds crossed.
const MILESTONES = /^(?:[十万亿千百]+元?级?)?(?:大关|台阶|关口|门槛)/;
// 经济报表3个季度保持全市前10: a count of quarters or months is how long, not how much.
const DURATION_AFTER = /^(?:季度|月(?!份))/;
// 37项指标完成或基本完成23项,未达预期14项: counts of the plan's own indicators grade the plan as a whole.
const PLAN_INDICATORS = /\d+项(?:主要|约束性|预期性)?指标/;
// 在14个市州城区和兰州新区增补学位: the prefectures or counties a task covers are its scope, not its amount.
const DIVISIONS_AFTER = /^(?:市州|地市|市县|县区|县市区|区县|省区市)/;

// 14个重点产业产值占…的80%以上, 10家省实验室余杭占4席, 59项测评点中有22项: a count whose noun is the
// subject of a share is its scope or its whole, not a figure of its own.
// 42个国家重点生态功能区县域生态质量变好占比居全国第1位 too.
const SCOPE_OF_SHARE = /^[^，,；;。\d]{1,20}?(?:占(?![地用])|中有)/;
// 推进延安千万吨炼化一体化、榆能百万吨煤制芳烃等项目: a size between a place and what is built is part
// of a project's name (the annotation rule's 南网720兆瓦储能电站).
// Only in a list of named examples (…等项目): 实施100万亩高标准农田建设工程 states an amount.
const NAMED_PROJECT_AFTER = /^[\u4e00-\u9fff]{2,10}(?:、[^，,；;。]*)?等(?:重大|重点)?(?:项目|工程)/;
const PROJECT_VERBS = /^(?:推进|推动|加快|建设|实施|开工|新开工|建成|续建|谋划|启动|支持|落地)/;

// 兰白千万吨炼化基地, 年产4万吨基础锂盐一体化和2万吨高质碳酸锂项目, 2座35万千瓦塔式槽式光热发电项目: a size
// right before the name of what is built, up to its 项目, 基地, 电站 or 工程.
const FACILITY_AFTER = /^[\u4e00-\u9fff]{2,14}?(?:(?:和|、)[^，,；;。]{0,20}?)?(?:项目|基地|电站|工程)/;
// What may come right before such a size: 年产, the 和 or 、 of a second name, or a count of the facilities (2座).
const FACILITY_SIZE_BEFORE = /(?:年产|和|、|\d(?:多|余)?[座个家])$/;

/**
 * A size that is part of a project's name: after the place the project is named for (延安 of 推进延安千万吨…)
 * in a list of examples or before the name of what is built (兰白千万吨炼化基地), after 年产, after the
 * count of the facilities, or in the second of two names (…和百万吨化工新材料基地).
 */
function namesProject(before: string, after: string, quantity: Quantity): boolean {
  if (isCounted(quantity.unit) || quantity.unit === '%' || quantity.unit.endsWith('元')) return false;
  // 1万名老年人白内障复明工程: people served by a project are its amount, not its size.
  if (/[名人户]/.test(quantity.unit)) return false;
  const facility = FACILITY_AFTER.test(after);
  if (!NAMED_PROJECT_AFTER.test(after) && !facility) return false;
  const clause = before.split(CLAUSE_END).at(-1) ?? '';
  if (facility && FACILITY_SIZE_BEFORE.test(clause)) return true;
  const item = clause.split('、').at(-1) ?? '';
  const place = item.replace(PROJECT_VERBS, '');
  // 新增千万吨产能 and 建设200万千瓦光伏项目 have a verb, not a place, before the size; 等 ends examples.
  return (
    /^[\u4e00-\u9fff]{2,6}$/.test(place) &&
    !/(?:等|新增|新建|建设|建成|改造|达到|突破|超过|实施|推进|推动|完成|开展)$/.test(place) &&
    !/^[一二三四五六七八九十]+是/.test(place)
  );
}

/** 发挥…3个试点作用, 依托…5个园区: the count names the means the clause works through. */
function usesExisting(before: string, after: string): boolean {
  const clauseBefore = before.split(CLAUSE_END).at(-1) ?? '';
  const clauseAfter = after.split(CLAUSE_END)[0] ?? '';
  if (/发挥[^发挥]*$/.test(clauseBefore) && /作用/.test(clauseAfter)) return true;
  return /(?:依托|依靠|用好)[^\d]{0,8}$/.test(clauseBefore);
}

function isDescriptive(sentence: string, quantity: Quantity): boolean {
  const after = sentence.slice(quantity.end);
  const before = sentence.slice(0, quantity.start);
  // 总投资180亿元的项目 describes the project; 89.4%的公园实现24小时开放 is a share, a figure.
  if (
    /^(?:以上)?(?:的|级)/.test(after) &&
    !/^的目标/.test(after) &&
    !(quantity.unit === '%' && /^(?:以上)?的/.test(after))
  )
    return true;
  // 10亿元以上重大产业项目47个: a money threshold of the projects or firms counted; in
  // 100亿元或10亿美元以上大项目 both sums are one threshold.
  if (quantity.unit.endsWith('元') && THRESHOLD_OF.test(after.replace(OTHER_SUM, ''))) return true;
  // 连续跨过3个万亿元大关: a count of the thresholds crossed, not an amount of anything.
  if (isCounted(quantity.unit) && MILESTONES.test(after)) return true;
  if (quantity.unit === '个' && DURATION_AFTER.test(after)) return true;
  if (quantity.unit === '项' && /^[，,；;。]|^$/.test(after) && PLAN_INDICATORS.test(before)) return true;
  if (isCounted(quantity.unit) && /在$/.test(before) && DIVISIONS_AFTER.test(after)) return true;
  // 发挥济青烟3个消费试点作用, 依托5个国家级园区: a count of what already exists, as the means of the work.
  if (isCounted(quantity.unit) && usesExisting(before, after)) return true;
  // 每10万人刑事案件数: the base of a rate, not an amount.
  if (/每$/.test(before)) return true;
  if (isCounted(quantity.unit) && SCOPE_OF_SHARE.test(after)) return true;
  if (namesProject(before, after, quantity)) return true;
  // 十届四次全会, 第二期: a meeting or a sequence, not an amount.
  if (/^(?:会|全会|会议|党代会)/.test(after) && quantity.unit === '次') return true;
  if (quantity.unit === '名' && /代表|参加|出席/.test(sentence)) return true;
  if (countsTheList(before, quantity)) return true;
  if (ANNOUNCES_ITEMS.test(after) && isCounted(quantity.unit)) return true;
  if (WORK_AREAS_AFTER.test(after) || (WORK_AREAS_BEFORE.test(before) && /^[个项件条大]/.test(quantity.unit)))
    return true;
  // Small counts in words (两项指标, 九个方面) enumerate; figures worth charting are in digits.
  if (quantity.numerals === 'chinese' && (quantity.value ?? 0) < 10 && !quantity.unit.endsWith('元')) return true;
  // 占全市的2/3 and similar shares have no unit; 营业收入超过1500万元、… is a threshold of a list.
  // 分别超过2%、5% are two figures.
  if (quantity.text.startsWith('超过') && /^、/.test(after) && !/分别$/.test(before)) return true;
  return false;
}

/** 海安、胡集、孙庄、隆政4个街道: a count of the items just listed names them, it measures nothing. */
function countsTheList(before: string, quantity: Quantity): boolean {
  const clause = before.split(CLAUSE_END).at(-1) ?? '';
  const items = clause.replace(/等$/, '').split('、');
  // 扬州市级项目17个、20亿元以上项目2个: items with figures of their own are counts, not names.
  if (items.some((item) => /\d/.test(item))) return false;
  return items.length >= 2 && quantity.value === items.length && /^[个家项所条座处]$/.test(quantity.unit);
}

/** Quotation depth at every offset of a paragraph: figures inside “…” are names or slogans. */
function quotationDepths(text: string): number[] {
  const depths: number[] = [];
  let depth = 0;
  for (const ch of text) {
    if (ch === '“' || ch === '「') depth++;
    depths.push(depth);
    if ((ch === '”' || ch === '」') && depth > 0) depth--;
    // Astral characters take two UTF-16 units.
    if (ch.length === 2) depths.push(depth);
  }
  return depths;
}

/** The clause that states a figure, widened leftwards to whole clauses until it says enough. */
function quoteClause(sentence: string, quantity: Quantity): { quote: string; offset: number } {
  let start = quantity.start;
  while (start > 0 && !CLAUSE_END.test(sentence[start - 1] ?? '')) start--;
  let end = quantity.end;
  while (end < sentence.length && !CLAUSE_END.test(sentence[end] ?? '')) end++;
  while (end - start < MIN_QUOTE_LENGTH && start > 0) {
    start--;
    while (start > 0 && !CLAUSE_END.test(sentence[start - 1] ?? '')) start--;
  }
  return { quote: sentence.slice(start, end), offset: start };
}
