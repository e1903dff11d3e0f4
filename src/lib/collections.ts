/**
 * The one module that reads Astro's content collections. It turns entries into plain data once
 * per build (pages, feeds and data files all share it), so nothing else imports astro:content.
 */
import { getCollection } from 'astro:content';
import { parseSpeechDate, type SpeechDate } from './dates/speech-date';
import { parseSpeechBody } from './speech/parse-body';
import type { ParagraphBlock, SpeechBlock } from './speech/types';
import type { SpeechData } from './schemas/speech';

export interface Speech {
  slug: string;
  data: SpeechData;
  date: SpeechDate;
  blocks: SpeechBlock[];
  paragraphs: ParagraphBlock[];
}

export interface Site {
  /** Published speeches, newest first (ties by slug, so the order is stable between builds). */
  speeches: Speech[];
}

let site: Promise<Site> | undefined;

/** Everything the pages need, computed once per build. */
export function getSite(): Promise<Site> {
  site ??= loadSite();
  return site;
}

async function loadSite(): Promise<Site> {
  const includeDrafts = process.env['JIANBAO_DRAFTS'] === '1';
  const entries = await getCollection('speeches', (entry) => includeDrafts || !entry.data.draft);
  const speeches = entries.map((entry): Speech => {
    const parsedDate = parseSpeechDate(entry.data.date);
    // The schema already refused impossible dates; this guards the type, not the data.
    if (!parsedDate.ok) throw new Error(`${entry.filePath ?? entry.id}: invalid date ${entry.data.date}`);
    const { blocks } = parseSpeechBody(entry.body ?? '');
    return {
      slug: entry.id,
      data: entry.data,
      date: parsedDate.date,
      blocks,
      paragraphs: blocks.filter((block): block is ParagraphBlock => block.type === 'paragraph'),
    };
  });
  speeches.sort((a, b) => b.date.iso.localeCompare(a.date.iso) || a.slug.localeCompare(b.slug));
  return { speeches };
}
