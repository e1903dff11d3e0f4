import type { SpeechDate } from '../dates/speech-date';
import type { SpeechData } from '../schemas/speech';
import type { Theme } from '../schemas/theme';
import { classifyParagraphs, type ClassifiedParagraph } from '../themes/classify-paragraphs';
import { summarizeSpeechThemes } from '../themes/speech-themes';
import { parseSpeechBody } from './parse-body';
import type { ParagraphBlock, SpeechBlock } from './types';

/** A speech file once read: its slug, front matter that passed `SpeechSchema`, and its Markdown body. */
export interface SpeechSource {
  slug: string;
  data: SpeechData;
  body: string;
}

/** A speech as the whole site sees it: pages, feeds, data files and the search index. */
export interface Speech {
  slug: string;
  data: SpeechData;
  /** `data.date`, the schema's parsed date, at hand for sorting and display. */
  date: SpeechDate;
  blocks: SpeechBlock[];
  paragraphs: ParagraphBlock[];
  /** Themes of each paragraph, in the order of `paragraphs`. */
  paragraphThemes: ClassifiedParagraph[];
  /** Theme slugs of the whole speech (speech-themes.ts: the one definition every page uses), in site order. */
  themes: string[];
}

/**
 * The one analysis of a speech: parses the body into headings and paragraphs, classifies each
 * paragraph, and sums up the speech's themes. The pages (src/lib/collections.ts) and the search
 * index (src/integrations/search-index-worker.ts) both call it, so a page and its index entry
 * cannot disagree. `themes` is content/themes.yaml, in site order.
 */
export function analyzeSpeech(source: SpeechSource, themes: readonly Theme[]): Speech {
  const { blocks } = parseSpeechBody(source.body);
  const paragraphThemes = classifyParagraphs(blocks, themes);
  return {
    slug: source.slug,
    data: source.data,
    date: source.data.date,
    blocks,
    paragraphs: blocks.filter((block): block is ParagraphBlock => block.type === 'paragraph'),
    paragraphThemes,
    themes: summarizeSpeechThemes(source.data.themes, paragraphThemes, themes),
  };
}
