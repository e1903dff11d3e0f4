import type { SpeechDate } from '../dates/speech-date';
import { readQuantities } from '../numbers/quantities';
import type { TargetClass } from '../schemas/target';
import { findSpan } from './period';

/**
 * Which way a stretch of a speech faces: `forward` sets out goals (今年主要预期目标是, 2026年重点工作,
 * 下一步), `retrospective` reports results (一年来, 过去五年, 2025年工作回顾).
 */
export type Direction = 'forward' | 'retrospective';

/** What a heading or a lead-in says about the figures under it. */
export interface SectionContext {
  direction: Direction;
  /** The words that set it, as a reviewer reads them: 所在章节“二、2026年重点工作”. */
  reason: string;
  /** The year the section speaks of (2025年工作回顾 → 2025), when it names one. */
  year?: number;
  /** Under “（一）预期性指标” or “约束性指标：”, the class of the targets listed. */
  targetClass?: TargetClass;
  /** The five-year span the section speaks of (“十四五”时期, 过去五年 → 2021-2025), when it names one. */
  span?: string;
  /** The section speaks of the span alone, no single year (“十四五”时期, not 2025年和“十四五”时期). */
  spanOnly?: boolean;
  /** A look back over a period still running (今年以来): a goal word of a figure's own clause still sets a goal. */
  running?: boolean;
}

// Ordered rule tables: a text that matches both directions (总结2025年工作、部署2026年任务) sets
// none, so one lead paragraph that announces both cannot turn a whole document either way.
const FORWARD_WORDS =
  /主要(?:预期)?目标|预期目标|发展目标|目标任务|目标如下|重点工作|重点任务|主要任务|工作安排|工作建议|工作打算|下一步|下步|明年|今后|未来[一二三五]年|展望|预期性指标|约束性指标|总体要求|计划(?:（草案）|\(草案\)|草案)|(?:今年|明年)(?:的)?(?:工作|任务)/;
const RETROSPECTIVE_WORDS =
  /回顾|回首|回望|一年来|年以来|近年来|近几年来|(?:[二三四五两]|\d)年来|这(?:[二三四五两]|\d)年|过去(?:的)?(?:一年|[一二三四五两]年|\d年)|执行情况|完成情况/;
// 2025年目标任务顺利完成, 主要目标任务全面完成: goals reported as met look back, though they name 目标.
// 目标是实现…增长5% sets a goal: 完成 or 实现 reports one met only with a word of how (顺利完成) or at
// the end of its clause (目标任务完成，).
const GOALS_MET =
  /(?:目标|任务)[^，,。；;：:是为]{0,4}?(?:(?:顺利|圆满|全面|超额|较好)(?:完成|实现)|(?:完成|实现)(?=[，,。；;！!]|$)|收官)/;
const STILL_TO_MEET = /(?:确保|力争|努力|争取|保障|推动|奋力|全力)[^，,。；;]{0,8}$/;
// 今年以来: this year so far, not the year before.
const THIS_YEAR_SO_FAR = /今年以来|今年来|年初以来/;
// 回首2025: a year written without 年 after a word that looks back.
const LOOKED_BACK_YEAR = /(?:回首|回望|回顾)(\d{4})(?![\d年])/;
// Words that look back in a heading (一、2025年工作总结和“十四五”发展成就) but set goals in a
// sentence (城乡融合成效显著提升 is what the plan is to achieve).
const RETROSPECTIVE_HEADING_WORDS = /成绩|成效|成就|总结/;
// A year named with 工作/任务 faces the way the year does: 2026年重点工作 in a 2026 report is ahead.
// 2026年政府工作报告 names the document, not a section: it faces neither way.
const YEAR_OF_WORK =
  /(\d{4})年(?:的)?(?:工作|主要|重点|发展|经济社会发展|国民经济|政府工作|目标|任务)(?![^，,：:]*(?:报告|总结|回顾|情况|成效|纪要))/;
// A year of its own beside a span: 2025年和“十四五”时期, 一年来.
const ONE_YEAR = /\d{4}年|一年|今年|去年|明年|上年/;
const CLASS_WORDS: readonly [RegExp, TargetClass][] = [
  [/预期性指标/, 'anticipatory'],
  [/约束性指标/, 'obligatory'],
];

// A lead-in is the first clause of a paragraph or sentence: 一年来， / 今年主要预期目标是：
const LEAD_IN = /^[^，,；;。：:！？]{1,40}[，,：:]/;
// 覃永利说， / 会议指出，: who speaks, not which way.
const ATTRIBUTION = /(?:说|指出|表示|介绍|认为|强调|提出)[，,：:]$/;
// A lead-in ending in a colon announces a list (主要目标如下：): its items follow as paragraphs.
const ANNOUNCES_LIST = /[：:]\s*$/;
// ——GDP增长5.0%。 / ●经济增长6%左右 / （一）预期性指标。 / 1. / 一是 / ①: an item of a list.
const LIST_ITEM =
  /^\s*(?:[—－-]{1,2}|[●•·■◆▪]|[（(][一二三四五六七八九十\d]+[）)]|\d+[.、．]|[一二三四五六七八九十]+是|[①-⑳])/;

// 报告提出，… / 会议要求，…: what follows a proposal is the plan it proposes.
const PROPOSES = /^[^，,：:]{0,20}(?:提出|要求|部署|明确)[，,：:]?$/;
// A title line is short: a sentence of a report is seldom under 40 characters without a comma.
const LIST_TITLE_LENGTH = 40;

/** The direction a text (a heading, a lead-in) gives the figures after it, or undefined when it gives none. */
export function readDirection(
  text: string,
  date: SpeechDate,
  source: 'heading' | 'lead-in',
): SectionContext | undefined {
  const label = source === 'heading' ? '所在章节' : '段落开头';
  const targetClass = CLASS_WORDS.find(([pattern]) => pattern.test(text))?.[1];
  const goalsMet = GOALS_MET.exec(text);
  // 确保全年目标任务完成，: the goals are still to be met.
  const met = goalsMet && !STILL_TO_MEET.test(text.slice(0, goalsMet.index)) ? goalsMet[0] : undefined;
  const forward = met
    ? undefined
    : (FORWARD_WORDS.exec(text)?.[0] ?? (source === 'lead-in' ? PROPOSES.exec(text)?.[0] : undefined));
  const retrospective =
    RETROSPECTIVE_WORDS.exec(text)?.[0] ??
    met ??
    (source === 'heading' ? RETROSPECTIVE_HEADING_WORDS.exec(text)?.[0] : undefined);
  const year = YEAR_OF_WORK.exec(text) ?? LOOKED_BACK_YEAR.exec(text);
  const namedYear = year ? Number(year[1]) : THIS_YEAR_SO_FAR.test(text) ? date.year : undefined;
  const yearDirection =
    namedYear === undefined
      ? undefined
      : namedYear < date.year || THIS_YEAR_SO_FAR.test(text)
        ? 'retrospective'
        : ('forward' as const);
  const directions = new Set<Direction>();
  if (forward) directions.add('forward');
  if (retrospective) directions.add('retrospective');
  if (yearDirection && directions.size === 0) directions.add(yearDirection);
  if (directions.size !== 1) return undefined;
  const [direction] = [...directions] as [Direction];
  const span = findSpan(text, date);
  const spanOnly = span !== undefined && !ONE_YEAR.test(text.replace(/\d{4}\s*(?:[—–-]{1,2}|至|到)\s*\d{4}年/g, ''));
  return {
    ...(span ? { span, spanOnly } : {}),
    direction,
    reason: `${label}“${text.trim().slice(0, 30)}”`,
    ...(namedYear !== undefined && yearDirection === direction ? { year: namedYear } : {}),
    ...(targetClass ? { targetClass } : {}),
    ...(direction === 'retrospective' && THIS_YEAR_SO_FAR.test(text) ? { running: true } : {}),
  };
}

/**
 * The lead-in clause of a paragraph or sentence, or undefined when it opens with no clause of its
 * own. After a speaker's name (覃永利说，过去一年，…) the lead-in is the clause that follows it.
 */
export function leadInOf(text: string): string | undefined {
  const trimmed = text.trim();
  const first = LEAD_IN.exec(trimmed)?.[0];
  if (first === undefined || !ATTRIBUTION.test(first)) return first;
  const next = LEAD_IN.exec(trimmed.slice(first.length))?.[0];
  return next === undefined ? first : `${first}${next}`;
}

/**
 * The clause of a sentence that announces what follows it, ending in a colon: in
 * 李克强总理在政府工作报告中提出，今年发展主要预期目标是：国内生产总值增长5.5%左右 it is
 * 今年发展主要预期目标是：. Undefined when the sentence has none.
 */
export function announcementOf(sentence: string): string | undefined {
  const colon = sentence.search(/[：:]/);
  if (colon === -1) return undefined;
  const start = Math.max(...['，', ',', '；', ';', '。'].map((mark) => sentence.lastIndexOf(mark, colon))) + 1;
  return sentence.slice(start, colon + 1);
}

/** True when a paragraph announces a list: …主要目标如下：. */
export function announcesList(text: string): boolean {
  return ANNOUNCES_LIST.test(text);
}

/**
 * True when a paragraph is a title line: short, without a figure, a comma or a closing
 * full stop (2025年及“十四五”工作回顾, 二、2018年发展主要预期目标).
 */
export function isTitleLine(text: string): boolean {
  const line = text.trim();
  if (line.length > LIST_TITLE_LENGTH || /[，,；;。！？!?：:]$|[，,；;]/.test(line)) return false;
  return !readQuantities(line).some((reading) => reading.kind === 'amount');
}

/** True when a paragraph is an item of a list (——…, （一）…, 1. …). */
export function isListItem(text: string): boolean {
  return LIST_ITEM.test(text);
}

/** The class a text names (预期性指标 / 约束性指标), if any. */
export function readTargetClass(text: string): TargetClass | undefined {
  return CLASS_WORDS.find(([pattern]) => pattern.test(text))?.[1];
}

/**
 * The context of a heading path: the innermost heading that faces a way decides, so （三）强化项目支撑
 * under 一、充分肯定成绩 reports results.
 */
export function headingContext(
  headingPath: readonly string[],
  headings: ReadonlyMap<string, SectionContext | undefined>,
): SectionContext | undefined {
  for (const id of [...headingPath].reverse()) {
    const context = headings.get(id);
    if (context) return context;
  }
  return undefined;
}
