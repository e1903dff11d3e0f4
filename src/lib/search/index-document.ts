import { speechPath } from '../pages/urls';
import { formatSpeechDate } from '../dates/speech-date';
import type { Theme } from '../schemas/theme';
import type { Speech } from '../speech/analyze-speech';
import type { SpeechBlock } from '../speech/types';
import { findDictionaryTerms, type SearchDictionary } from './dictionary';
import { readFigures } from './figures';
import { searchFilterValues, speechFilterSource } from './filters';
import { simplifiedCopyId, TERMS_MARKER, TITLE_ID } from './index-format';
import { normalizeForSearch } from './normalize';
import { toSimplified } from './simplify';
import { findFigures, spaceIndexWords } from './tokenize';

/** What search knows about one speech: its page, the filters and meta results show, its body. */
export interface SearchRecord {
  /** Page URL, `/speeches/<slug>/`. */
  url: string;
  title: string;
  /** As precise as the front matter: `2024-08-21`, `2022-04` or `2019` (sorts correctly as text). */
  date: string;
  /** The date as every page writes it (formatSpeechDate): 2024年8月21日. */
  dateLabel: string;
  year: string;
  kind: string;
  organization?: string | undefined;
  /** Theme names (开放, 创新 …) any paragraph of the speech belongs to. */
  themes: readonly string[];
  blocks: readonly SpeechBlock[];
}

/** What search indexes of a speech: the same analysis, slug and filters as its page. */
export function toSearchRecord(speech: Speech, themes: readonly Theme[]): SearchRecord {
  return {
    ...speechFilterSource(speech, themes),
    url: speechPath(speech.slug),
    title: speech.data.title,
    date: speech.date.iso,
    dateLabel: formatSpeechDate(speech.date),
    year: String(speech.date.year),
    blocks: speech.blocks,
  };
}

/**
 * Puts index words of normalized text one space apart (see tokenize.ts). Punctuation is glued to
 * the word before it: Pagefind strips it from the word, whereas on its own it would count as a
 * word and break phrase search across it (综保区、自贸区).
 */
export function toIndexWords(text: string): string {
  return spaceIndexWords(normalizeForSearch(text));
}

/**
 * The HTML Pagefind indexes for a speech (never published): headings and paragraphs keep their
 * anchors (`h-3`, `p-12`) for sub-results as an empty mark at their start ({@link anchorMark}: Pagefind
 * stores an element's text with its id, which for paragraphs would put the speech into every result
 * fragment twice; the browser reads each block's text from the content instead, `readAnchors`),
 * their text is cut into index words, and every policy term
 * and figure the speech contains follows the body as a whole word after {@link TERMS_MARKER} — kept
 * apart so that the characters of the body stay consecutive for phrase search. Terms and figures
 * are read from the Simplified form of the text, and a block with Traditional characters is indexed
 * once more in Simplified after them (`s-p-12`), so a Simplified query finds it while the body
 * keeps the text as written for excerpts. Figures are also appended by value (figures.ts).
 */
export function renderIndexDocument(record: SearchRecord, dictionary: SearchDictionary): string {
  const head = [
    `<meta data-pagefind-meta="title[content]" content="${escapeHtml(record.title)}">`,
    `<meta data-pagefind-meta="date[content]" content="${escapeHtml(record.date)}">`,
    `<meta data-pagefind-sort="date[content]" content="${escapeHtml(record.date)}">`,
    `<meta data-pagefind-meta="date_label[content]" content="${escapeHtml(record.dateLabel)}">`,
    // The same values the search page counts at build time (filters.ts), so its lists match Pagefind's.
    ...Object.entries(searchFilterValues(record)).flatMap(([name, values]) =>
      values.map((value) => filter(name, value)),
    ),
  ];
  const terms: string[] = [];
  const copies: string[] = [];
  const addBlock = (tag: string, id: string | undefined, text: string) => {
    const normalized = normalizeForSearch(text);
    const simplified = toSimplified(normalized);
    const figures = findFigures(simplified);
    // Each figure's value in its base unit too (1.2万人 → 12000人, 百分之五 → 5%), so a figure typed
    // another way finds it (figures.ts).
    const keys = readFigures(simplified)
      .map((figure) => figure.key)
      .filter((key) => !figures.includes(key));
    terms.push(...findDictionaryTerms(simplified, dictionary), ...figures, ...keys);
    if (simplified === normalized)
      // `normalized` is normalizeForSearch's output already, and normalizing is idempotent.
      return `<${tag}>${id === undefined ? '' : anchorMark(id)}${escapeHtml(spaceIndexWords(normalized))}</${tag}>`;
    // The title gets an id only here: the browser pairs each block with its copy by id.
    const blockId = id ?? TITLE_ID;
    copies.push(`<${tag}>${anchorMark(simplifiedCopyId(blockId))}${escapeHtml(toIndexWords(simplified))}</${tag}>`);
    return `<${tag}>${anchorMark(blockId)}${escapeHtml(spaceIndexWords(normalized))}</${tag}>`;
  };
  const body = [addBlock('h1', undefined, record.title)];
  for (const block of record.blocks) {
    body.push(addBlock(block.type === 'heading' ? `h${block.depth}` : 'p', block.id, block.text));
  }
  body.push(`<div>${TERMS_MARKER} ${escapeHtml(terms.join(' '))}</div>`, ...copies);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">${head.join('')}</head><body data-pagefind-body>${body.join('')}</body></html>`;
}

/**
 * Where a block starts, for Pagefind's anchors: an element with the block's id and no text, so
 * Pagefind records the id and the word position (`location`) but not the text again.
 */
export function anchorMark(id: string): string {
  return `<span id="${id}"></span>`;
}

function filter(name: string, value: string): string {
  return `<meta data-pagefind-filter="${name}[content]" content="${escapeHtml(value)}">`;
}

function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
