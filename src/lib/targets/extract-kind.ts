import { RELATIONS, type Relation, type Strength, type TargetKind } from '../schemas/target';
import type { SectionContext } from './extract-context';
import type { PeriodMention } from './period';

/** What the words around one figure say about it. */
export interface KindClues {
  /** The sentence up to the figure. */
  before: string;
  sentence: string;
  /** The last time expression before the figure in its sentence. */
  nearestMention: PeriodMention | undefined;
  /** A year named earlier in the paragraph (2021年完成…；增速6.3%). */
  carried: PeriodMention | undefined;
  /** The heading or lead-in that decides which way the figure's paragraph faces. */
  context: SectionContext | undefined;
  /** An earlier sentence of the paragraph states a goal, so later unmarked figures are planned. */
  planned: boolean;
  /** Every figure before in the paragraph is an actual by its words (地区生产总值达到4469亿元…；…突破万亿元). */
  reported?: boolean;
  /** The paragraph reports results: 争取 there means obtained (争取超长期特别国债128.1亿元). */
  results: boolean;
  /**
   * The speech is given in the year's last two months, when the year's own figures are results:
   * in December 全年预计实现GDP178亿元 estimates what was done, it sets no goal.
   */
  yearEnd: boolean;
  /**
   * The speech's year when it is given in January or February: outside any section, 2026年，全区… in a
   * January 2026 speech speaks of a year that has only begun, so its figures are planned.
   */
  yearStart?: number | undefined;
  /** The sentence before, ending in a semicolon, projected a running period (2020年全年预计实现…；). */
  projecting?: boolean;
}

/** A figure's kind, with the strength of a target and the words that decided, for a reviewer. */
export interface KindDecision {
  kind: TargetKind;
  strength: Strength | null;
  reason: string;
  /** An actual of progress on a plan: what it is measured against. */
  relation?: Relation;
}

// Words that make a figure a goal, with how firmly. Ordered strongest first: when a sentence
// says 确保 … 力争 …, the word nearest before the figure decides, and ties go to the stronger.
// 要 is not the 要 of 主要/重要/需要/纲要; 计划 is not the name of a plan (行动计划, 营养改善计划, 倍增专项计划).
const STRENGTH_WORDS: readonly [RegExp, Strength][] = [
  [/确保|必须|务必|坚决/g, 'binding'],
  [
    /目标|预期|(?<![动善项增升程划兴范育”"])计划(?![的”"书表])|不少于|控制在|(?<![主重需只必纪摘概提简首扼纲])要(?![素点害闻])/g,
    'planned',
  ],
  [/力争/g, 'striving'],
  [/争取|努力/g, 'seeking'],
  [/预计/g, 'projected'],
];
// In a paragraph of results 争取 reports what was obtained, not what is sought.
const OBTAINED = /^争取$/;

// A share of a plan or of the time elapsed reports progress: 完成年度投资计划的103.95%, 领先时间进度7个百分点.
const PROGRESS_AGAINST_PLAN: readonly [RegExp, Relation][] = [
  [/(?:完成|占|达到)[^，,；;。]{0,12}(?:计划|任务|目标)(?:的)?$/, 'of-plan'],
  [/(?:领先|超过?|快于|高于)(?:序时|时间|时序)进度$/, 'ahead-of-schedule'],
  [/(?:落后|慢于|低于)(?:序时|时间|时序)进度$/, 'behind-schedule'],
];
// Results stated as done: these make an actual even under a heading that looks ahead.
const DONE_WORDS = /已经|已(?![有无]?[的])|截至|以来|完成了|实现了|达到了|提高了|增长了|目前|现有|拥有/;
// Words that report a result where nothing else says which way the paragraph faces.
const ACTUAL_WORDS =
  /同比|累计|截至|已经|已|完成了|实现了|达到了|增速|增长|排名|比去年|较去年|比上年|较上年|提高了|拥有|现有|目前/;
// A clause that sets a task (新建改扩建公办幼儿园100所, 加装电梯3001台) states a goal where nothing
// says it was done: reports of results say so (已, 累计, a past year) or sit under a heading that does.
const TASK_VERBS =
  /(?:新建|新增|改扩建|建设|改造|提质|培育|引进|招引|打造|创建|开展|举办|实施|选派|选聘|加装|发放|新开工|推进|谋划|办好|安置|转移就业)/;
// Hedges of a goal: 增长5%左右 and 控制在5.5%以内 are set, not measured.
const HEDGES = /(?:左右|以内|不低于|不超过|不高于)$/;

/**
 * Decides whether a figure is a target or an actual, and why. The rules are ordered: the first
 * that applies decides.
 *
 * 1. A share of a plan (完成年度投资计划的103.95%) is an actual, although 计划 is a goal word.
 * 2. A past time before the figure (2021年, 去年) makes an actual; a future one (到2027年, 明年) a target;
 *    预计 about a period still running (全年 in June) a projected target, even among results.
 * 3. A goal word before the figure (确保, 力争, 目标 …) makes a target, except in a look-back section.
 * 4. A look-back section (一年来, 过去五年, 2025年工作回顾) makes an actual.
 * 5. Under a heading or lead-in that looks ahead, words of a thing done (已, 截至, 以来) still make an
 *    actual; anything else is a target, even with 增长 or 提高到 and no goal word.
 * 6. Elsewhere a hedge (左右, 以内, 不低于) makes a target, then words of a result (同比, 增长) an actual,
 *    then a year carried from earlier in the paragraph; in a speech of November or December the
 *    year's own figures are then actuals; otherwise a time, an earlier goal word or a task verb in
 *    the figure's clause (新建, 加装) makes a target.
 */
export function decideKind(clues: KindClues, hedged: string): KindDecision | null {
  const { before, sentence, nearestMention, context } = clues;
  for (const [pattern, relation] of PROGRESS_AGAINST_PLAN) {
    const progress = pattern.exec(before);
    if (progress) return { ...actual(`${RELATIONS[relation]}“${progress[0]}”`), relation };
  }
  if (nearestMention?.past)
    return actual(
      context?.direction === 'retrospective' ? context.reason : `过去的时间“${mentionText(sentence, nearestMention)}”`,
    );
  if (nearestMention?.future) return target(before, clues, `未来的时间“${mentionText(sentence, nearestMention)}”`);
  // 预计 about a period still running (2020年全年预计实现… in June 2020) projects what is to come, even in a
  // paragraph of results; about one that has ended (a January report's 全年预计) it estimates what was done.
  if (nearestMention && !clues.yearEnd && lastCue(before, clues.results)?.word === '预计')
    return {
      kind: 'target',
      strength: 'projected',
      reason: `预计未结束的时期“${mentionText(sentence, nearestMention)}”`,
    };
  if (!nearestMention && clues.projecting && lastCue(before, clues.results) === undefined)
    return { kind: 'target', strength: 'projected', reason: '分号前的“预计”' };
  if (context?.direction !== 'retrospective') {
    const cue = lastCue(before, clues.results, clues.yearEnd);
    // A cue of an earlier clause (…控制在5.5%以内，居民消费价格涨幅2%) sets the strength, but under a
    // heading or lead-in that looks ahead it is that section which makes the figure a target.
    const ownClause = cue !== undefined && cue.at >= before.search(/[^，,；;。：:]*$/);
    if (cue && !ownClause && context?.direction === 'forward')
      return { kind: 'target', strength: strengthOf(cue, before), reason: context.reason };
    if (cue) return { kind: 'target', strength: cue.strength, reason: `目标词“${cue.word}”` };
  }
  // 今年以来…，力争全年增长7%: looking back over a year still running, a goal word of the figure's own clause sets a goal.
  if (context?.direction === 'retrospective' && context.running === true) {
    const cue = lastCue(before, clues.results, clues.yearEnd);
    if (cue && cue.word !== '争取' && cue.at >= before.search(/[^，,；;。：:]*$/))
      return { kind: 'target', strength: cue.strength, reason: `目标词“${cue.word}”` };
  }
  if (context?.direction === 'retrospective') return actual(context.reason);
  if (context?.direction === 'forward') {
    const done = DONE_WORDS.exec(before);
    if (done) return actual(`实绩词“${done[0]}”`);
    return target(before, clues, context.reason);
  }
  if (HEDGES.test(hedged)) return target(before, clues, `目标限定词“${HEDGES.exec(hedged)?.[0] ?? ''}”`);
  const named = nearestMention ? mentionText(sentence, nearestMention) : '';
  // Not what the first weeks already did (2026年元旦假期…同比增长, 截至…已).
  const soFar = DONE_WORDS.test(before) || /同比|元旦|春节|假期/.test(before);
  if (context === undefined && !soFar && nearestMention?.period === `${clues.yearStart}` && /^\d{4}年/.test(named))
    return target(before, clues, `年初讲话中的本年“${named}”`);
  const result = ACTUAL_WORDS.exec(sentence);
  if (result) return actual(`实绩词“${result[0]}”`);
  if (clues.carried?.past) return actual(`段落中过去的时间“${clues.carried.period}”`);
  if (clues.yearEnd) return actual('年末讲话中的本年数字');
  if (nearestMention) return target(before, clues, `时间“${mentionText(sentence, nearestMention)}”`);
  if (clues.planned) return target(before, clues, '前文的目标词');
  // A paragraph that has only reported results goes on reporting them where a figure has no word of its own.
  if (clues.reported) return actual('前文的实绩');
  const task = TASK_VERBS.exec(before.split(/[，,；;。：:]/).at(-1) ?? '');
  if (task && !clues.results) return target(before, clues, `任务动词“${task[0]}”`);
  return null;
}

/** True when a sentence states a goal in so many words, so that the figures after it are planned. */
export function statesGoal(sentence: string, results: boolean, yearEnd = false): boolean {
  return lastCue(sentence, results, yearEnd) !== undefined;
}

function actual(reason: string): KindDecision {
  return { kind: 'actual', strength: null, reason };
}

function target(before: string, clues: KindClues, reason: string): KindDecision {
  return { kind: 'target', strength: strengthOf(lastCue(before, clues.results, clues.yearEnd), before), reason };
}

/**
 * The strength a cue gives a figure. 争取实施…山水工程，完成国土绿化450万亩: 争取 seeks what its own clause
 * names, not the tasks of the clauses after it, which are planned.
 */
function strengthOf(cue: { at: number; word: string; strength: Strength } | undefined, before: string): Strength {
  if (cue === undefined) return 'planned';
  return cue.word === '争取' && cue.at < before.search(/[^，,；;。：:]*$/) ? 'planned' : cue.strength;
}

// 努力争取更好结果, 力争取得更好成绩: the hope to beat the figure before, no cue of the figures after.
const BETTER_RESULTS = /(?:在实际工作中)?(?:努力|力争)?(?:争取|取得)?(?:更好|更大|更多)(?:的)?(?:结果|成绩|成效)/g;

/** The goal word nearest before the figure, ties to the stronger; 争取 does not count in results. */
function lastCue(
  before: string,
  results: boolean,
  yearEnd = false,
): { at: number; word: string; strength: Strength } | undefined {
  let best: { at: number; word: string; strength: Strength } | undefined;
  const words = before.replace(BETTER_RESULTS, (hope) => '　'.repeat(hope.length));
  for (const [pattern, strength] of STRENGTH_WORDS) {
    for (const match of words.matchAll(pattern)) {
      if (results && OBTAINED.test(match[0])) continue;
      if (yearEnd && match[0] === '预计') continue;
      if (!best || match.index > best.at) best = { at: match.index, word: match[0], strength };
    }
  }
  return best;
}

function mentionText(sentence: string, mention: PeriodMention): string {
  return sentence.slice(mention.start, mention.end);
}
