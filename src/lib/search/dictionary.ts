import { compareChinese } from '../text/compare';
import { normalizeForSearch } from './normalize';

/**
 * The policy vocabulary that search treats as whole words (综保区, 专精特新, 营商环境 …): the
 * maintained list in `content/search-dictionary.txt` plus every keyword of `content/themes.yaml`.
 */
export interface SearchDictionary {
  /** Every term, normalized, longest first. */
  terms: readonly string[];
  /** Terms by their first character, longest first, for scanning text. */
  byFirstChar: ReadonlyMap<string, readonly string[]>;
}

/** Reads the dictionary file: one term per line; `#` starts a comment; blank lines are ignored. */
export function parseDictionaryText(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/#.*$/, '').trim())
    .filter((line) => line !== '');
}

/** The terms and phrases of the theme rules, which readers search for by name (自贸区, 三个一批). */
export function collectThemeTerms(
  themes: readonly { words: readonly { term: string }[]; phrases: readonly { term: string }[] }[],
): string[] {
  return themes.flatMap((theme) => [...theme.phrases, ...theme.words].map(({ term }) => term));
}

/**
 * Builds the dictionary from raw terms. A single character is not a term (every character is
 * already indexed on its own), and a term with spaces would never match a token, so both are dropped.
 */
export function createSearchDictionary(rawTerms: Iterable<string>): SearchDictionary {
  const unique = new Set<string>();
  for (const raw of rawTerms) {
    const term = normalizeForSearch(raw).trim();
    if (term.length >= 2 && !/\s/.test(term)) unique.add(term);
  }
  const terms = [...unique].sort((a, b) => b.length - a.length || compareChinese(a, b));
  const byFirstChar = new Map<string, string[]>();
  for (const term of terms) {
    const first = term[0]!;
    const list = byFirstChar.get(first);
    if (list) list.push(term);
    else byFirstChar.set(first, [term]);
  }
  return { terms, byFirstChar };
}

/**
 * Every occurrence of every dictionary term in `text`, overlaps included: 科技创新 yields both
 * 科技创新 and 创新, so a search for 创新 finds the passage whatever longer term surrounds it.
 */
export function findDictionaryTerms(text: string, dictionary: SearchDictionary): string[] {
  const found: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const candidates = dictionary.byFirstChar.get(text[i]!);
    if (!candidates) continue;
    for (const term of candidates) if (text.startsWith(term, i)) found.push(term);
  }
  return found;
}

/** Whether `term` is exactly one dictionary entry. */
export function isDictionaryTerm(term: string, dictionary: SearchDictionary): boolean {
  return dictionary.byFirstChar.get(term[0] ?? '')?.includes(term) ?? false;
}
