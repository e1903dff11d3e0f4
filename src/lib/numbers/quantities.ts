import { foldFullWidth, parseChineseNumber } from './chinese-number';
import { UNITS_LONGEST_FIRST, normalizeValue, type Unit } from './units';

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
const UNIT_PATTERN = UNITS_LONGEST_FIRST.join('|');

const ORDINAL = new RegExp(`第\\s*(${ARABIC}|${MASK}|[一二三四五六七八九十百]+)`, 'gu');
const QUANTITY = new RegExp(
  // Not inside a longer Arabic number, not after 第 (an ordinal), not after a Latin letter (P3, 2A).
  String.raw`(?<![\d.A-Za-z第])` +
    `(?:(?<arabic>${ARABIC})(?:${RANGE_SEPARATOR}(?<upper>${ARABIC}))?|(?<mask>${MASK})|(?<chinese>${CHINESE}))` +
    // 人民 is a word, 3个月 and 40多个年头 are durations.
    String.raw`\s*(?<more>余|多)?\s*(?<unit>${UNIT_PATTERN})(?![民年月])`,
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
];
// One-character bound words are also the last character of other words: 签约50亿元 is not
// “about 50”, 最近3年 not “nearly 3”, 赶超 not “over”.
const NOT_A_BOUND = /(?:[签合预制节公条契履违邀特简大]约|[最附邻]近|[赶高]超)$/;
const BOUND_SUFFIXES: readonly [string, Bound][] = [
  ['以上', 'at-least'],
  ['以内', 'at-most'],
  ['以下', 'at-most'],
  ['左右', 'about'],
];

/**
 * Finds every figure with a unit, and every ordinal, in a text, in order of position.
 *
 * A figure needs a unit from the closed list (`UNITS`): dates (2024年, 8月21日), codes (5G, P3)
 * and slogan numbers (“1+7+2+N”) have none and are not read. A bare 一 before a count unit is
 * an article (一个、一家) and is not read as a number; 一万亿元 is.
 */
export function readQuantities(input: string): NumberReading[] {
  const text = foldFullWidth(input);
  const readings: NumberReading[] = [];
  const ordinalSpans: [number, number][] = [];
  for (const match of text.matchAll(ORDINAL)) {
    const numeral = match[1] ?? '';
    const masked = /^[Xx*]+$/.test(numeral);
    const end = match.index + match[0].length;
    // 第X位: the counter word belongs to the ordinal.
    const counter = /^[位名次期届批]/.exec(text.slice(end));
    const fullEnd = end + (counter ? 1 : 0);
    ordinalSpans.push([match.index, fullEnd]);
    readings.push({
      kind: 'ordinal',
      text: input.slice(match.index, fullEnd),
      start: match.index,
      end: fullEnd,
      value: masked ? null : parseChineseNumber(numeral),
      masked,
    });
  }
  for (const match of text.matchAll(QUANTITY)) {
    const groups = match.groups ?? {};
    const unit = groups['unit'] as Unit;
    const chinese = groups['chinese'];
    const masked = groups['mask'] !== undefined;
    let value: number | null = null;
    if (chinese !== undefined) {
      if (chinese === '一' && !/^[万亿]/.test(unit)) continue;
      value = parseChineseNumber(chinese);
      if (value === null) continue;
    } else if (!masked) {
      value = Number(groups['arabic']);
    }
    const upper = groups['upper'] === undefined ? null : Number(groups['upper']);
    let start = match.index;
    let end = start + match[0].length;
    if (ordinalSpans.some(([s, e]) => start < e && end > s)) continue;
    let bound: Bound = upper !== null ? 'range' : groups['more'] !== undefined ? 'at-least' : 'exact';
    const suffix = BOUND_SUFFIXES.find(([word]) => text.startsWith(word, end));
    if (suffix) {
      end += suffix[0].length;
      if (bound === 'exact') bound = suffix[1];
    }
    const before = text.slice(0, start);
    const prefix = BOUND_PREFIXES.find(([word]) => before.endsWith(word) && !NOT_A_BOUND.test(before));
    if (prefix) {
      start -= prefix[0].length;
      if (bound === 'exact') bound = prefix[1];
    }
    readings.push({
      kind: 'amount',
      text: input.slice(start, end),
      start,
      end,
      value,
      upper,
      unit,
      normalized: value === null ? null : normalizeValue(value, unit),
      bound,
      masked,
      numerals: chinese === undefined ? 'arabic' : 'chinese',
    });
  }
  return readings.sort((a, b) => a.start - b.start);
}

/** Reads a string that is exactly one figure or ordinal (`170.5亿元`, `第X位`); null otherwise. */
export function readQuantity(input: string): NumberReading | null {
  const trimmed = input.trim();
  const readings = readQuantities(trimmed);
  const only = readings[0];
  if (readings.length !== 1 || only === undefined) return null;
  return only.start === 0 && only.end === trimmed.length ? only : null;
}
