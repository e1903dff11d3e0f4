const FULL_WIDTH_ASCII = /[\uFF01-\uFF5E]/g;
// U+FF01–FF5E are U+0021–007E shifted by this much.
const FULL_WIDTH_OFFSET = 0xfee0;

/**
 * Folds full-width forms of ASCII (ＲＣＥＰ, ５Ｇ, １７０．５, ３％) into ASCII, one UTF-16 unit for one,
 * so offsets found in the folded text are offsets in the original. NFKC would not keep them (it
 * turns … into three dots and ㎡ into m2) and is several times slower; search, which needs no
 * offsets, uses it (src/lib/search/normalize.ts). `only`, a global pattern of full-width
 * characters, narrows the folding to those.
 */
export function foldFullWidth(text: string, only: RegExp = FULL_WIDTH_ASCII): string {
  return text.replace(only, (char) => String.fromCharCode(char.charCodeAt(0) - FULL_WIDTH_OFFSET));
}
