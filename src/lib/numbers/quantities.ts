import { foldNumerals, parseChineseNumber } from './chinese-number';
import { UNITS_LONGEST_FIRST, isUnit, normalizeValue, type Unit } from './units';

/** How a stated figure limits the real one. */
export type Bound = 'exact' | 'at-least' | 'at-most' | 'about' | 'range';

/** A figure with a unit: `170.5亿元`, `93%以上`, `不少于4个`, `3-5个`, `XX亿元`. */
export interface Quantity {
  kind: 'amount';
  /** The figure as written, bound words included (`不少于4个`, `93%以上`). */
  text: string;
  /** `[start, end)`: UTF-16 offsets of `text` in the string that was read. */
  start: number;
  end: number;
  /** The number as stated in `unit` (170.5 for 170.5亿元); the lower end of a range; null when masked. */
  value: number | null;
  /** The upper end of a range: 5 in `3-5个`. */
  upper: number | null;
  unit: Unit;
  /** `value` in the base unit (17050000000 元); null when masked. */
  normalized: { value: number; unit: string } | null;
  bound: Bound;
  /** The publisher hid the figure (`X%`, `XX亿元`, `****亿元`). */
  masked: boolean;
  /** Written in Chinese numerals (`二十亿元`, `两个`), which are often count words rather than figures. */
  numerals: 'arabic' | 'chinese';
}

/** A rank or sequence number: `第2`, `第X位`, `第5次`. Never a target or an actual by itself. */
export interface Ordinal {
  kind: 'ordinal';
  text: string;
  start: number;
  end: number;
  value: number | null;
  masked: boolean;
}

export type NumberReading = Quantity | Ordinal;

const ARABIC = String.raw`\d+(?:\.\d+)?`;
const MASK = String.raw`[Xx*]+`;
// Lazy, so that in 二十亿元 the numeral stops before 亿 and the unit 亿元 is read whole.
const CHINESE = '[零〇一二两三四五六七八九十百千万亿]+?';
const RANGE_SEPARATOR = String.raw`\s*[-~—至到]\s*`;
// 年 is read only in YEARS (11.7年): 2024年 and 3年 are dates and durations.
const UNIT_PATTERN = UNITS_LONGEST_FIRST.filter((unit) => unit !== '年').join('|');

const ORDINAL = new RegExp(`第\\s*(${ARABIC}|${MASK}|[一二三四五六七八九十百]+)`, 'gu');
const QUANTITY = new RegExp(
  // Not inside a longer Arabic number, not after 第 (an ordinal), not after a Latin letter (P3, 2A);
  // GDP115.5亿元 is a figure after an acronym of two or more capitals.
  String.raw`(?:(?<![\d.A-Za-z第])|(?<=[A-Z]{2}))` +
    `(?:(?<arabic>${ARABIC})(?:${RANGE_SEPARATOR}(?<upper>${ARABIC}))?|(?<mask>${MASK})|(?<chinese>${CHINESE}))` +
    // 5万余个: the magnitude of the unit 万个 comes before 余.
    String.raw`(?:(?<magnitude>[万亿])(?=余|多))?\s*(?<more>余|多)?\s*(?<unit>${UNIT_PATTERN})` +
    // 人民 is a word, 3个月 and 40多个年头 are durations (45项年度民生实事 is a count); 方面、方案 and 列入 are words, not 方 or 列.
    // 件件落地、条条落实 repeat a counter for “every”: not a figure.
    // 天津, 天然气 and 天内 are no days counted.
    String.raw`(?!年(?!度)|月)(?<!人(?=民))(?!\k<unit>)(?<!方(?=[面案式向针法位阵舱]))(?<!列(?=[入为]))(?<!天(?=[津然府山河地下内后前起里]))` +
    // 支持, 部门, 席位 are words; a bare 亿 or an age in 岁 only ends a clause (8.1亿，; 78.9岁。), never
    // 14亿人民 or 60岁以上老人; 4000P is not P3 or PM.
    // 宗旨, 架构, 份额 are words, not counts of 宗, 架 or 份.
    String.raw`(?<!宗(?=[旨教族师]))(?<!架(?=[构设势子]))(?<!份(?=[额子量]))` +
    String.raw`(?<!支(?=[持撑付出柱援线流]))(?<!部(?=[门署分长队位件委省属际内外]))(?<!席(?=[位卷]))` +
    String.raw`(?!(?<=[\d余多千百]亿|岁)[^，,；;。、）)\s])(?<!P(?=[A-Za-z\d.]))`,
  'gu',
);

// Words around a figure that bound it, ordered longest first so that 不超过 wins over 超过.
const BOUND_PREFIXES: readonly [string, Bound][] = [
  ['不少于', 'at-least'],
  ['不低于', 'at-least'],
  ['不超过', 'at-most'],
  ['不高于', 'at-most'],
  ['超过', 'at-least'],
  ['突破', 'at-least'],
  ['至少', 'at-least'],
  ['接近', 'about'],
  ['大约', 'about'],
  ['约', 'about'],
  ['近', 'about'],
  ['超', 'at-least'],
  ['逾', 'at-least'],
  ['过', 'at-least'],
];
// One-character bound words are also the last character of other words: 签约50亿元 is not
// “about 50”, 最近3年 not “nearly 3”, 赶超 not “over”, 通过3项 not “over 3”.
const NOT_A_BOUND = /(?:[签合预制节公条契履违邀特简大]约|[最附邻]近|[赶高]超|[通经超不越度跨]过)$/;
const BOUND_SUFFIXES: readonly [string, Bound][] = [
  ['以上', 'at-least'],
  ['以内', 'at-most'],
  ['以下', 'at-most'],
  ['左右', 'about'],
];
// 过百亿元, 突破千万吨: a magnitude alone is a round figure only after a word that bounds it.
const MAGNITUDE_AFTER_BOUND = /(?:过|超|破|突破|超过|达|达到|近|跨上|迈上|跃上|站上|跨过|迈过)$/;
// 连续30天, 每5天, 每周3天, 历时3天: a duration, not an amount of days.
const DURATION_BEFORE = /(?:连续|每[周月年日]?|历时|用时|耗时|为期|持续)$/;
// 高峰运力提升四成: 成 is tenths (四成 = 40%); 成员, 成果, 成为 and 一成不变 are words.
// 人均受教育年限达到11.7年: a decimal number of years is a measure, never a date.
// PM2.5年均浓度 is no figure of years: not after a Latin letter, not before 均.
const YEARS = /(?<![\d.A-Za-z])(\d{1,2}\.\d+)年(?![代度初底末中前后均])/gu;
// 节约财政资金超亿元: a bare 亿元 after a bound word is one 亿元.
const BARE_MAGNITUDE = /(?<=(?:超过|突破|超|过|破|逾))(亿元|亿美元)/gu;
const TENTHS =
  /(?<![一二三四五六七八九十两百千万\d])([一二两三四五六七八九])成(?![员果为本效绩立交就功熟长都品型片套规不])/gu;
// 保障性租赁住房5000套（间）: the counter in brackets is part of the figure as written.
const AT_LEAST_ACROSS_VERB = /至少(?:要|应|需)?[\u4e00-\u9fff]{1,3}$/u;
const BRACKETED_COUNTER = /^[（(][间户套个][）)]/;

/**
 * Finds every figure with a unit, and every ordinal, in a text, in order of position.
 *
 * A figure needs a unit from the closed list (`UNITS`): dates (2024年, 8月21日), codes (5G, P3)
 * and slogan numbers (“1+7+2+N”) have none and are not read. A bare 一 before a count unit is
 * an article (一个、一家) and is not read as a number; 一万亿元 is. A magnitude alone (百亿元)
 * is read before 万 or 亿 of a measure (千万吨 is 1000万吨) and otherwise only after a bound word
 * (过百亿元 is at least 100亿元); 千亿强区 is a name.
 */
export function readQuantities(input: string): NumberReading[] {
  const text = foldNumerals(input);
  const ordinals = readOrdinals(text, input);
  const amounts: Quantity[] = [];
  for (const match of text.matchAll(QUANTITY)) {
    const amount = readAmount(match, text, input);
    if (amount && !ordinals.some((o) => amount.start < o.end && amount.end > o.start)) amounts.push(amount);
  }
  for (const match of text.matchAll(TENTHS)) {
    amounts.push(readOne(match, text, input, (parseChineseNumber(match[1] ?? '') ?? 0) * 10, '%', 'chinese'));
  }
  for (const match of text.matchAll(YEARS)) amounts.push(readOne(match, text, input, Number(match[1]), '年'));
  for (const match of text.matchAll(BARE_MAGNITUDE)) {
    const unit = match[1] === '亿美元' ? '亿美元' : '亿元';
    const end = match.index + match[0].length;
    if (!amounts.some((a) => a.end >= end && a.start <= match.index))
      amounts.push(readOne(match, text, input, 1, unit));
  }
  amounts.sort((a, b) => a.start - b.start);
  return [...ordinals, ...joinRanges(amounts, text, input)].sort((a, b) => a.start - b.start);
}

// 7.5%-8%, 5%—5.5%: a range that repeats its unit is one figure, not two.
const RANGE_BETWEEN = new RegExp(`^${RANGE_SEPARATOR}$`);

function joinRanges(amounts: readonly Quantity[], text: string, input: string): Quantity[] {
  const joined: Quantity[] = [];
  for (const amount of amounts) {
    const previous = joined.at(-1);
    if (
      previous &&
      previous.unit === amount.unit &&
      previous.bound === 'exact' &&
      previous.upper === null &&
      !previous.masked &&
      !amount.masked &&
      RANGE_BETWEEN.test(text.slice(previous.end, amount.start))
    ) {
      joined[joined.length - 1] = {
        ...previous,
        text: input.slice(previous.start, amount.end),
        end: amount.end,
        upper: amount.value,
        bound: 'range',
      };
      continue;
    }
    joined.push(amount);
  }
  return joined;
}

function readOrdinals(text: string, input: string): Ordinal[] {
  const ordinals: Ordinal[] = [];
  for (const match of text.matchAll(ORDINAL)) {
    const numeral = match[1] ?? '';
    const masked = /^[Xx*]+$/.test(numeral);
    const end = match.index + match[0].length;
    // 第X位: the counter word belongs to the ordinal.
    const fullEnd = end + (/^[位名次期届批]/.test(text.slice(end)) ? 1 : 0);
    ordinals.push({
      kind: 'ordinal',
      text: input.slice(match.index, fullEnd),
      start: match.index,
      end: fullEnd,
      value: masked ? null : parseChineseNumber(numeral),
      masked,
    });
  }
  return ordinals;
}

/** A figure read by one of the patterns beside QUANTITY (四成, 11.7年, 超亿元), with its bound words. */
function readOne(
  match: RegExpExecArray,
  text: string,
  input: string,
  value: number,
  unit: Unit,
  numerals: Quantity['numerals'] = 'arabic',
): Quantity {
  const start = match.index;
  const span = widenToBoundWords(text, start, start + match[0].length, 'exact');
  return {
    kind: 'amount',
    text: input.slice(span.start, span.end),
    start: span.start,
    end: span.end,
    value,
    upper: null,
    unit,
    normalized: normalizeValue(value, unit),
    bound: span.bound,
    masked: false,
    numerals,
  };
}

/** One match of QUANTITY as a figure with its bound words, or null when it is no figure (一个, 千亿). */
function readAmount(match: RegExpExecArray | RegExpMatchArray, text: string, input: string): Quantity | null {
  const groups = match.groups ?? {};
  const start = match.index ?? 0;
  const before = text.slice(0, start);
  const chinese = groups['chinese'];
  // 突破万亿元, 跨上万亿元台阶: 万 alone before 亿元 after a bound word is one 万亿元.
  const tenThousandYi = chinese === '万' && /^亿/.test(groups['unit'] ?? '') && MAGNITUDE_AFTER_BOUND.test(before);
  const unit = `${tenThousandYi ? '万' : (groups['magnitude'] ?? '')}${groups['unit'] ?? ''}`;
  if (!isUnit(unit)) return null;
  if (unit === '天' && DURATION_BEFORE.test(before)) return null;
  const masked = groups['mask'] !== undefined;
  const value = masked
    ? null
    : tenThousandYi
      ? 1
      : chinese === undefined
        ? Number(groups['arabic'])
        : readChineseCount(chinese, unit, before);
  if (!masked && value === null) return null;
  const upper = groups['upper'] === undefined ? null : Number(groups['upper']);
  const initial: Bound = upper !== null ? 'range' : groups['more'] !== undefined ? 'at-least' : 'exact';
  const span = widenToBoundWords(text, start, start + match[0].length, initial);
  return {
    kind: 'amount',
    text: input.slice(span.start, span.end),
    start: span.start,
    end: span.end,
    value,
    upper,
    unit,
    normalized: value === null ? null : normalizeValue(value, unit),
    bound: span.bound,
    masked,
    numerals: chinese === undefined ? 'arabic' : 'chinese',
  };
}

/** A figure in Chinese numerals; null for the article 一 (一个) and for magnitudes that are names. */
function readChineseCount(numeral: string, unit: Unit, before: string): number | null {
  if (numeral === '一' && !/^[万亿]/.test(unit)) return null;
  const value = parseChineseNumber(numeral);
  if (value !== null) return value;
  // 新增千万吨产能: before 万 or 亿 of a measure a magnitude is a round figure; 百亿元 needs a bound word.
  const measure = /^[万亿]/.test(unit) && !unit.endsWith('元');
  if (/^[十百千]$/.test(numeral) && (measure || MAGNITUDE_AFTER_BOUND.test(before))) {
    return parseChineseNumber(`一${numeral}`);
  }
  return null;
}

/** Extends a figure over the words that bound it (不少于4个, 93%以上, 5000套（间）). */
function widenToBoundWords(
  text: string,
  start: number,
  end: number,
  initial: Bound,
): { start: number; end: number; bound: Bound } {
  let bound = initial;
  const counter = BRACKETED_COUNTER.exec(text.slice(end));
  if (counter) end += counter[0].length;
  const suffix = BOUND_SUFFIXES.find(([word]) => text.startsWith(word, end));
  if (suffix) {
    end += suffix[0].length;
    if (bound === 'exact') bound = suffix[1];
  }
  const before = text.slice(0, start);
  const prefix = BOUND_PREFIXES.find(
    ([word]) => before.endsWith(word) && (word.length > 1 || !NOT_A_BOUND.test(before)),
  );
  if (prefix) {
    start -= prefix[0].length;
    if (bound === 'exact') bound = prefix[1];
  }
  // 至少要观摩3个: 至少 bounds the figure across its verb; the stated figure stays 3个.
  else if (bound === 'exact' && AT_LEAST_ACROSS_VERB.test(before)) bound = 'at-least';
  return { start, end, bound };
}

/** Reads a string that is exactly one figure or ordinal (`170.5亿元`, `第X位`); null otherwise. */
export function readQuantity(input: string): NumberReading | null {
  const trimmed = input.trim();
  const readings = readQuantities(trimmed);
  const only = readings[0];
  if (readings.length !== 1 || only === undefined) return null;
  return only.start === 0 && only.end === trimmed.length ? only : null;
}
