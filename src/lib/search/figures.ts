import { parseChineseNumber } from '../numbers/chinese-number';
import { readQuantities } from '../numbers/quantities';

/**
 * Figures compared by value, so that a reader's 12000人 meets the speech's 1.2万人 and 百分之五 meets
 * 5%: each figure is read by src/lib/numbers (unit-aware: 1.2万人 is 12000 人, 名 counts people too)
 * and keyed by its value in the base unit. The index appends the key of every figure whose key is
 * not how it is written (index-document.ts), and a figure query also searches its key (query.ts).
 */
export interface FigureReading {
  /** `[start, end)` of the figure as written, bound words included (近3万人). */
  start: number;
  end: number;
  /** `12000人`, `5%`, `60000000000元`: the value in the base unit, then the unit. */
  key: string;
}

// 百分之五, 百分之十五, 百分之三点五: src/lib/numbers reads percentages written with %, not this.
const CHINESE_PERCENT = /百分之([零〇一二两三四五六七八九十百]+(?:点[零〇一二三四五六七八九]+)?)/gu;

/** Every figure with a unit in `text`, with its key; masked (XX亿元) and ordinal readings are left out. */
export function readFigures(text: string): FigureReading[] {
  const figures: FigureReading[] = [];
  for (const reading of readQuantities(text)) {
    if (reading.kind !== 'amount' || reading.normalized === null || reading.bound === 'range') continue;
    // A figure in Chinese numerals before a count unit is usually a count word (两个、三家).
    if (reading.numerals === 'chinese') continue;
    figures.push({ start: reading.start, end: reading.end, key: figureKey(reading.normalized) });
  }
  for (const match of text.matchAll(CHINESE_PERCENT)) {
    const value = readChineseDecimal(match[1]!);
    if (value !== null) {
      figures.push({ start: match.index, end: match.index + match[0].length, key: figureKey({ value, unit: '%' }) });
    }
  }
  return figures.sort((a, b) => a.start - b.start);
}

/** The key of a text that is exactly one figure (`1.2万人`, `百分之五`), or undefined. */
export function readFigureKey(text: string): string | undefined {
  const [only, ...others] = readFigures(text);
  return only && others.length === 0 && only.start === 0 && only.end === text.length ? only.key : undefined;
}

function figureKey({ value, unit }: { value: number; unit: string }): string {
  return `${String(value)}${unit}`;
}

/** 十五 → 15, 三点五 → 3.5 (parseChineseNumber reads the whole part). */
function readChineseDecimal(numerals: string): number | null {
  const [whole = '', fraction] = numerals.split('点');
  const integer = parseChineseNumber(whole);
  if (integer === null) return null;
  if (fraction === undefined) return integer;
  const digits = Array.from(fraction).map((digit) => parseChineseNumber(digit));
  if (digits.some((digit) => digit === null)) return null;
  return Number(`${String(integer)}.${digits.join('')}`);
}
