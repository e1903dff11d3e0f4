import { foldFullWidth } from '../text/fold-width';

const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

// Only the characters numerals and masks are written with; the text around them (，（）) stays as written.
const NUMERAL_FULL_WIDTH = /[０-９．％－～＊Ｘｘ]/g;

/** Folds full-width digits, `．`, `％`, `－`, `～` and mask characters to ASCII, keeping the length. */
export function foldNumerals(text: string): string {
  return foldFullWidth(text, NUMERAL_FULL_WIDTH);
}

/** A figure hidden by the publisher: `X`, `XX`, `***`. */
export function isMaskedNumeral(text: string): boolean {
  return /^[Xx*]+$/.test(foldNumerals(text.trim()));
}

/**
 * Reads a numeral as speeches write it: `170.5`, `１７０．５` (full width), `二十`, `两`,
 * `一百二十`, `三千五百`, and either form followed by 万 or 亿 (`1.4万` → 14000, `二十亿` → 2000000000).
 * Returns null for anything else, masked figures (`XX`) included: a mask is never a number.
 */
export function parseChineseNumber(input: string): number | null {
  const text = foldNumerals(input.trim());
  if (text === '' || isMaskedNumeral(text)) return null;
  const arabic = /^(\d+(?:\.\d+)?)([万亿]*)$/.exec(text);
  if (arabic) {
    let value = Number(arabic[1]);
    for (const magnitude of arabic[2] ?? '') value *= magnitude === '万' ? 1e4 : 1e8;
    return Number(value.toPrecision(12));
  }
  return parseChineseNumerals(text);
}

function parseChineseNumerals(text: string): number | null {
  if (!/^[零〇一二两三四五六七八九十百千万亿]+$/.test(text)) return null;
  // A magnitude alone (万, 千, 百亿) is a word, not a number: 万人助万企, 千亿强区.
  if (!/^[零〇一二两三四五六七八九十]/.test(text)) return null;
  let total = 0;
  let section = 0;
  let digit = 0;
  for (const ch of text) {
    const d = DIGITS[ch];
    if (d !== undefined) {
      digit = d;
      continue;
    }
    const small = SMALL_UNITS[ch];
    if (small !== undefined) {
      // 十 at the start means 一十: 十五 is 15.
      section += (digit || 1) * small;
      digit = 0;
    } else if (ch === '万') {
      total += (section + digit) * 1e4;
      section = 0;
      digit = 0;
    } else {
      // 亿 scales everything read so far: 一万亿 is 10^12.
      total = (total + section + digit) * 1e8;
      section = 0;
      digit = 0;
    }
  }
  return total + section + digit;
}
