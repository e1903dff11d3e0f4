/**
 * The one module that reads Astro's content collections. It turns entries into plain data once
 * per build (pages, feeds and data files all share it), so nothing else imports astro:content.
 */
import { getCollection } from 'astro:content';
import { parseSpeechDate, type SpeechDate } from './dates/speech-date';
import { parseSpeechBody } from './speech/parse-body';
import { readSpeechBody } from '../loaders/speech-files';
import type { ParagraphBlock, SpeechBlock } from './speech/types';
import type { SpeechData } from './schemas/speech';
import { ThemesFileSchema, type Theme } from './schemas/theme';
import { classifyParagraphs, type ClassifiedParagraph } from './themes/classify-paragraphs';
import { summarizeSpeechThemes } from './themes/speech-themes';
import { selectPublishedTargets, type PublishedTarget } from './targets/publish';
import { createTargetThemeClassifier } from './targets/target-themes';
import { settings } from '../settings';

export interface Speech {
  slug: string;
  data: SpeechData;
  date: SpeechDate;
  blocks: SpeechBlock[];
  paragraphs: ParagraphBlock[];
  /** Themes of each paragraph, in the order of `paragraphs`. */
  paragraphThemes: ClassifiedParagraph[];
  /** Theme slugs of the whole speech (hand-set plus classified), in site order. */
  themes: string[];
}

export interface Site {
  /** Published speeches, newest first (ties by slug, so the order is stable between builds). */
  speeches: Speech[];
  /** content/themes.yaml, in the order of the file. */
  themes: Theme[];
  /** Reviewed figures of published speeches (unreviewed too with JIANBAO_DRAFTS=1), newest speech first. */
  targets: PublishedTarget[];
  /** The same records by speech slug: a speech page looks up its own instead of scanning all of them. */
  targetsBySpeech: ReadonlyMap<string, PublishedTarget[]>;
}

let site: Promise<Site> | undefined;

/** Everything the pages need, computed once per build. */
export function getSite(): Promise<Site> {
  site ??= loadSite();
  return site;
}

async function loadSite(): Promise<Site> {
  const includeDrafts = settings.drafts;
  const entries = await getCollection('speeches', (entry) => includeDrafts || !entry.data.draft);
  // Each entry passed ThemeSchema; the file-level rules (unique slugs, keywords present) are checked here.
  const themeEntries = (await getCollection('themes')).map((entry) => entry.data).sort((a, b) => a.order - b.order);
  const themes = ThemesFileSchema.parse(themeEntries);
  const themeOrder = themes.map((theme) => theme.slug);
  const speeches = entries.map((entry): Speech => {
    const parsedDate = parseSpeechDate(entry.data.date);
    // The schema already refused impossible dates; this guards the type, not the data.
    if (!parsedDate.ok) throw new Error(`${entry.filePath ?? entry.id}: invalid date ${entry.data.date}`);
    const { blocks } = parseSpeechBody(readSpeechBody(process.cwd(), entry.filePath ?? ''));
    const paragraphThemes = classifyParagraphs(blocks, themes);
    return {
      slug: entry.id,
      data: entry.data,
      date: parsedDate.date,
      blocks,
      paragraphs: blocks.filter((block): block is ParagraphBlock => block.type === 'paragraph'),
      paragraphThemes,
      themes: summarizeSpeechThemes(entry.data.themes, paragraphThemes, themeOrder),
    };
  });
  speeches.sort((a, b) => b.date.iso.localeCompare(a.date.iso) || a.slug.localeCompare(b.slug));
  // One entry per speech file; each record's speech is a reference, read back as its slug.
  const targetRecords = (await getCollection('targets')).flatMap((entry) =>
    entry.data.map((record) => ({ ...record, speech: record.speech.id })),
  );
  const targetSpeeches = speeches.map((speech) => ({
    slug: speech.slug,
    title: speech.data.title,
    date: speech.date,
    organization: speech.data.organization,
  }));
  const classifyThemes = createTargetThemeClassifier(themes);
  const targets = selectPublishedTargets(targetRecords, targetSpeeches, { includeDrafts, classifyThemes });
  const targetsBySpeech = new Map<string, PublishedTarget[]>();
  for (const target of targets) {
    const list = targetsBySpeech.get(target.speech);
    if (list) list.push(target);
    else targetsBySpeech.set(target.speech, [target]);
  }
  return { speeches, themes, targets, targetsBySpeech };
}
