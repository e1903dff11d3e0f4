import { FOLDABLE_CODE_POINTS } from './foldable-code-points';

/**
 * Traditional characters folded to Simplified for search, one character at a time, so that 營商環境
 * and 营商环境 meet and a folded text is as long as the text it came from: an offset found in the
 * folded text is the offset of the same characters as written, which is how excerpts mark 營商環境
 * on a Traditional page for a Simplified query. Word-level conversion (OpenCC's phrase tables) would
 * change lengths and read better, but search needs only that both sides fold the same way.
 *
 * Which characters fold comes from OpenCC's tables (opencc-js, `t` → `cn`), listed ahead of time in
 * foldable-code-points.ts (generated, held equal to opencc-js by a unit test), so the browser can
 * tell whether a query needs the converter before it loads it. A character is foldable when OpenCC
 * changes it into one other character and it is not itself the Simplified form of another (么, 著,
 * 台, 里 and 干 are written in Simplified text and stay).
 */

/** Converts text the way OpenCC's `t` → `cn` converter does. */
export type ScriptConverter = (text: string) => string;

/** The blocks of Han characters OpenCC's tables cover: CJK Unified Ideographs A, URO, compatibility, B–H. */
const HAN_BLOCKS: readonly (readonly [number, number])[] = [
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xf900, 0xfaff],
  [0x20000, 0x3134f],
];

/** The code points a converter folds, ascending (see the module comment for which). */
export function listFoldableCodePoints(convert: ScriptConverter): number[] {
  const changed = new Map<number, string>();
  for (const [from, to] of HAN_BLOCKS) {
    for (let codePoint = from; codePoint <= to; codePoint++) {
      const char = String.fromCodePoint(codePoint);
      const folded = convert(char);
      if (folded !== char && Array.from(folded).length === 1 && folded.length === char.length)
        changed.set(codePoint, folded);
    }
  }
  const targets = new Set(changed.values());
  return [...changed.keys()].filter((codePoint) => !targets.has(String.fromCodePoint(codePoint)));
}

/** Ascending code points as base-36 gaps, comma-separated: ~8 KB for 3,500 characters, ~2 KB gzipped. */
export function encodeCodePoints(codePoints: readonly number[]): string {
  let previous = 0;
  return codePoints
    .map((codePoint) => {
      const gap = codePoint - previous;
      previous = codePoint;
      return gap.toString(36);
    })
    .join(',');
}

export function decodeCodePoints(encoded: string): Set<number> {
  const codePoints = new Set<number>();
  let codePoint = 0;
  for (const gap of encoded.split(',')) {
    if (gap === '') continue;
    codePoint += parseInt(gap, 36);
    codePoints.add(codePoint);
  }
  return codePoints;
}

let foldable: Set<number> | undefined;

function isFoldable(codePoint: number): boolean {
  foldable ??= decodeCodePoints(FOLDABLE_CODE_POINTS);
  return foldable.has(codePoint);
}

/** Whether `text` has a character that folds, i.e. whether folding it needs the converter at all. */
export function hasTraditional(text: string): boolean {
  for (const char of text) if (isFoldable(char.codePointAt(0)!)) return true;
  return false;
}

/** A folding function over a converter: foldable characters converted, all others kept, length kept. */
export function createScriptFolder(convert: ScriptConverter): (text: string) => string {
  const cache = new Map<string, string>();
  return (text) => {
    if (!hasTraditional(text)) return text;
    let folded = '';
    for (const char of text) {
      if (!isFoldable(char.codePointAt(0)!)) {
        folded += char;
        continue;
      }
      let simplified = cache.get(char);
      if (simplified === undefined) cache.set(char, (simplified = convert(char)));
      folded += simplified;
    }
    return folded;
  };
}
