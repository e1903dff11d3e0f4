import type { SpeechDate } from '../dates/speech-date';
import { readQuantities, type Quantity } from '../numbers/quantities';
import type { Strength, TargetKind, TargetRecord } from '../schemas/target';
import type { SpeechBlock } from '../speech/types';
import { sentenceId, splitSentences } from '../text/sentences';
import { findPeriodMentions, resolvePeriod, type PeriodMention } from './period';

export interface ExtractInput {
  /** The speech's slug (file name without .md). */
  slug: string;
  date: SpeechDate;
  blocks: readonly SpeechBlock[];
  /**
   * Theme slugs for a paragraph's text, stored on each record. The CLI leaves it out: the build
   * adds each paragraph's themes itself, so records only list themes a person added by hand.
   */
  classifyThemes?: (paragraphText: string) => string[];
}

/** A candidate record, in the shape of content/targets/*.yaml, always unreviewed. */
export type TargetCandidate = TargetRecord;

// Words that make a figure a goal, with how firmly. Ordered strongest first: when a sentence
// says 确保 … 力争 …, the word nearest before the figure decides, and ties go to the stronger.
const STRENGTH_WORDS: readonly [RegExp, Strength][] = [
  [/确保|必须|务必|坚决/g, 'binding'],
  [/目标|预期|计划|不少于|控制在|要/g, 'planned'],
  [/力争/g, 'striving'],
  [/争取|努力/g, 'seeking'],
  [/预计/g, 'projected'],
];

// Words that report a result. Checked after the goal words, because 确保完成 is a goal.
const ACTUAL_WORDS =
  /同比|累计|截至|已经|已|完成了|实现了|达到了|一年来|增速|增长|排名|比去年|较去年|提高了|拥有|现有|目前/;

// A section whose heading looks back (一、充分肯定成绩) reports results, and 全年 there means last year.
const RETROSPECTIVE_HEADING = /成绩|回顾|总结|一年来|过去/;

// Clauses end at commas and semicolons too: a quote is the clause that states the figure.
const CLAUSE_END = /[，,；;。！？!?：:]/;
const MIN_QUOTE_LENGTH = 14;

const LEADING_WORDS =
  /^(?:同时|并且|其中|另外|要|还要|并|再|下半年|上半年|今年|全年|年度|明年|后年|去年|确保|力争|争取|努力|预计|计划|实现|完成|达到|推进|推动|加快|持续|积极|全力|重点|围绕|力促|进一步|在|到\d{4}年(?:底|末)?(?:前)?|\d{4}年(?:底|末)?(?:前)?|“十四五”末|十四五末|，|、)+/;
const TRAILING_WORDS =
  /(?:总数达到|达到|达|为|突破|超过|超|完成|实现|控制在|保持|约|近|接近|的|共|累计|新增|至少|不少于|仅)+$/;
// A figure before its noun (建成1个试点, 加快推进17条道路) names the noun after it.
const VERB_BEFORE_FIGURE =
  /(?:建成|建立|建设|培育|谋划|完成|实施|开展|打造|组建|引进|推进|新建|改造|抓好|签约|落地|创建|设立|派遣|包联|帮助企业实施|分包的|有|的|入选|新增)$/;

/**
 * Finds every stated target and reported actual in a speech: each figure with a unit in a
 * paragraph, classified by the words of its sentence, with its indicator (the noun phrase it
 * measures), period, strength and the clause that states it. Candidates are unreviewed: the
 * staff CLI writes them for a person to check.
 *
 * Not extracted: ordinals (第5次, 排名第2), figures inside quotation marks (“三个一批”), small
 * counts in Chinese numerals (两项指标), meeting counts (十届四次全会, 120名代表参加), and figures
 * that only describe something else (总投资180亿元的项目, 10亿元以上的项目).
 */
export function extractTargets(input: ExtractInput): TargetCandidate[] {
  const candidates: TargetCandidate[] = [];
  const headings = new Map<string, string>();
  const ids = new Set<string>();
  for (const block of input.blocks) {
    if (block.type === 'heading') {
      headings.set(block.id, block.text);
      continue;
    }
    const retrospective = block.headingPath.some((id) => RETROSPECTIVE_HEADING.test(headings.get(id) ?? ''));
    const themes = input.classifyThemes?.(block.text) ?? [];
    const quoteDepth = quotationDepths(block.text);
    // A year named earlier in the paragraph (2021年完成…；增速6.3%) carries to the sentences after it.
    let carried: PeriodMention | undefined;
    // A paragraph that opens with 要… sets out a plan: its later figures are planned even unmarked.
    let planned = false;
    // In a section looking back, 全年 and 年度 mean the year under review, not the speech's year.
    const periodDate = retrospective ? { ...input.date, year: input.date.year - 1 } : input.date;
    for (const sentence of splitSentences(block.text)) {
      const mentions = findPeriodMentions(sentence.text, periodDate);
      let previousIndicator: string | undefined;
      const quantities = readQuantities(sentence.text).filter(
        (reading): reading is Quantity => reading.kind === 'amount',
      );
      for (const quantity of quantities) {
        if (quoteDepth[sentence.start + quantity.start] !== 0) continue;
        if (isDescriptive(sentence.text, quantity)) continue;
        const before = sentence.text.slice(0, quantity.start);
        const kind = classifyKind(before, sentence.text, mentions, quantity.start, carried, retrospective, planned);
        if (kind === null) continue;
        // A past year carries only to results: 2021年末的12.8% does not date the plans that follow it.
        const fallback = carried && (kind === 'actual' || !carried.past) ? carried.period : `${periodDate.year}`;
        const { quote, offset } = quoteClause(sentence.text, quantity);
        const anchor = sentenceId(block.index, sentence.index);
        let id = `${anchor}/${quantity.text}`;
        for (let n = 2; ids.has(id); n++) id = `${anchor}/${quantity.text}#${n}`;
        ids.add(id);
        const indicator = completeIndicator(
          findIndicator(quote, quantity.start - offset, quantity.end - offset),
          previousIndicator,
        );
        previousIndicator = indicator;
        candidates.push({
          id,
          speech: input.slug,
          indicator,
          value: quantity.value,
          upper: quantity.upper,
          unit: quantity.unit,
          stated: quantity.text,
          bound: quantity.bound,
          kind,
          period:
            retrospective && kind === 'actual' && !mentions.some((m) => m.start < quantity.start)
              ? fallback
              : resolvePeriod(
                  mentions.filter((m) => !/^(?:\d{1,2}月)/.test(sentence.text.slice(m.start, m.end))),
                  quantity.start,
                  fallback,
                ),
          strength: kind === 'target' ? findStrength(before) : null,
          quote,
          anchor,
          themes,
          reviewed: false,
          rejected: false,
        });
      }
      if (STRENGTH_WORDS.some(([pattern]) => new RegExp(pattern.source).test(sentence.text))) planned = true;
      const explicitYear = mentions.filter((m) => /^[到至]?\d{4}年/.test(sentence.text.slice(m.start, m.end))).at(-1);
      if (explicitYear) carried = explicitYear;
    }
  }
  return candidates;
}

function classifyKind(
  before: string,
  sentence: string,
  mentions: readonly PeriodMention[],
  position: number,
  carried: PeriodMention | undefined,
  retrospective: boolean,
  planned: boolean,
): TargetKind | null {
  const nearestMention = mentions.filter((m) => m.start < position).at(-1);
  if (nearestMention?.past) return 'actual';
  if (!retrospective && STRENGTH_WORDS.some(([pattern]) => new RegExp(pattern.source).test(before))) return 'target';
  if (ACTUAL_WORDS.test(sentence) || carried?.past || retrospective) return 'actual';
  if (nearestMention || planned) return 'target';
  return null;
}

/** The goal word nearest before the figure decides; a sentence with none is a plain plan. */
function findStrength(before: string): Strength {
  let best: { at: number; strength: Strength } | undefined;
  for (const [pattern, strength] of STRENGTH_WORDS) {
    for (const match of before.matchAll(pattern)) {
      if (!best || match.index > best.at) best = { at: match.index, strength };
    }
  }
  return best?.strength ?? 'planned';
}

function isDescriptive(sentence: string, quantity: Quantity): boolean {
  const after = sentence.slice(quantity.end);
  if (/^(?:以上)?(?:的|级)/.test(after) && !/^的目标/.test(after)) return true;
  if (/^(?:以上)?(?:项目|企业)/.test(after) && quantity.unit.endsWith('元')) return true;
  // 十届四次全会, 第二期: a meeting or a sequence, not an amount.
  if (/^(?:会|全会|会议|党代会)/.test(after) && quantity.unit === '次') return true;
  if (quantity.unit === '名' && /代表|参加|出席/.test(sentence)) return true;
  // Small counts in words (两项指标, 九个方面) enumerate; figures worth charting are in digits.
  if (quantity.numerals === 'chinese' && (quantity.value ?? 0) < 10 && !quantity.unit.endsWith('元')) return true;
  // 占全市的2/3 and similar shares have no unit; 营业收入超过1500万元、… is a threshold of a list.
  if (quantity.text.startsWith('超过') && /^、/.test(after)) return true;
  return false;
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

// A figure that only says 增速6.3% or 明年55亿元 measures the same thing as the figure before it.
const BARE_INDICATOR = /^(?:增速|增长|名义增长|占比|投资|明年|后年|今年|)$/;

function completeIndicator(indicator: string, previous: string | undefined): string {
  if (!previous || !BARE_INDICATOR.test(indicator)) return indicator;
  if (/^(?:明年|后年|今年|)$/.test(indicator)) return previous;
  return `${previous.replace(/(?:增速|增长)$/, '')}${indicator}`;
}

/** The noun phrase a figure measures: the words before it in its clause, or after it for 建成1个试点. */
function findIndicator(clause: string, start: number, end: number): string {
  const lastClause = clause.slice(0, start).split(CLAUSE_END).at(-1) ?? '';
  const beforeRaw = lastClause.split('、').at(-1) ?? '';
  const before = beforeRaw.replace(LEADING_WORDS, '').replace(TRAILING_WORDS, '');
  if (before.length >= 2 && !VERB_BEFORE_FIGURE.test(beforeRaw)) return before;
  const after = (clause.slice(end).split(/[，,；;。、]/)[0] ?? '').replace(/^(?:以上|的)/, '');
  if (after.length >= 2) return after;
  return before || beforeRaw || after;
}
