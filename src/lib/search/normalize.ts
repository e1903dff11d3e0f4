// Chinese punctuation that NFKC would turn into ASCII (，→, （→( …). It only separates words, so
// folding it gains no matches and would make excerpts read like machine output.
const KEEP_AS_WRITTEN = /[\uFF01\uFF08\uFF09\uFF0C\uFF1A\uFF1B\uFF1F]/u;
const KEEP_SPLIT = /([\uFF01\uFF08\uFF09\uFF0C\uFF1A\uFF1B\uFF1F])/u;

/**
 * Folds the forms a reader may type into the forms the index holds: full-width digits, letters and
 * signs become half-width (３％ → 3%, ＧＤＰ → GDP, １７０．５ → 170.5), the ideographic space becomes
 * a space. Runs on page text at build time and on the query in the browser, so both sides agree.
 */
export function normalizeForSearch(text: string): string {
  if (!KEEP_AS_WRITTEN.test(text)) return text.normalize('NFKC');
  return text
    .split(KEEP_SPLIT)
    .map((piece) => (KEEP_AS_WRITTEN.test(piece) ? piece : piece.normalize('NFKC')))
    .join('');
}
