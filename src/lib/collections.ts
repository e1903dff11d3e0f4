/**
 * The one module that reads Astro's content collections. It turns entries into plain data once
 * per build (pages, feeds and data files all share it), so nothing else imports astro:content.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { getCollection } from 'astro:content';
import { compareNewestFirst } from './dates/newest-first';
import { analyzeSpeech, type Speech } from './speech/analyze-speech';
import { readFrontMatter } from './speech/front-matter';
import { ThemesFileSchema, type Theme } from './schemas/theme';
import { selectPublishedTargets, type PublishedTarget } from './targets/publish';
import { createTargetThemeClassifier } from './targets/target-themes';
import { settings } from '../settings';
import type { Indicator } from './schemas/indicator';
import { readActualsCsv, type ActualRow } from './indicators/actuals-csv';
import { buildScorecard, type Scorecard } from './indicators/scorecard';
import { buildComparisonChart, type ComparisonChart } from './charts/comparison-charts';
import { ComparisonsFileSchema, type Comparison } from './schemas/comparison';
import { parse as parseYaml } from 'yaml';

export type { Speech } from './speech/analyze-speech';

export interface Site {
  /** Published speeches, newest first (ties by slug, so the order is stable between builds). */
  speeches: Speech[];
  /** content/themes.yaml, in the order of the file. */
  themes: Theme[];
  /** Reviewed figures of published speeches (unreviewed too with JIANBAO_DRAFTS=1), newest speech first. */
  targets: PublishedTarget[];
  /** The same records by speech slug: a speech page looks up its own instead of scanning all of them. */
  targetsBySpeech: ReadonlyMap<string, PublishedTarget[]>;
  /** content/indicators.yaml, in the order of the file. */
  indicators: Indicator[];
  /** Rows of content/data/*.csv, by file then line. */
  dataRows: ActualRow[];
  /** Every target judged against its actual on `buildDate`, and every indicator's page data. */
  scorecard: Scorecard;
  /** The declared comparisons of content/comparisons.yaml whose records are all published, in file order. */
  comparisons: ComparisonChart[];
  /** The day statuses are computed for (YYYY-MM-DD, UTC): JIANBAO_BUILD_DATE, else the day of the build. */
  buildDate: string;
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
  const speeches = entries.map((entry) =>
    analyzeSpeech({ slug: entry.id, data: entry.data, body: readSpeechBody(entry.filePath ?? '') }, themes),
  );
  speeches.sort(compareNewestFirst);
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
  const indicators = (await getCollection('indicators')).map((entry) => entry.data).sort((a, b) => a.order - b.order);
  const dataRows = readDataRows(settings.contentDir);
  const buildDate = settings.buildDate;
  const scorecard = buildScorecard({ indicators, targets, dataRows, today: buildDate });
  const comparisons = readComparisons(settings.contentDir).flatMap(
    (comparison) => buildComparisonChart(comparison, targetsBySpeech.get(comparison.speech) ?? []) ?? [],
  );
  return { speeches, themes, targets, targetsBySpeech, indicators, dataRows, scorecard, comparisons, buildDate };
}

// The loader keeps only front matter in Astro's data store (src/loaders/speech-files.ts says why),
// so the body is read here, once per build, with the same front-matter reader.
function readSpeechBody(filePath: string): string {
  const front = readFrontMatter(filePath, readFileSync(resolve(process.cwd(), filePath), 'utf8'));
  return front.ok ? front.value.body : '';
}

// Data files are read here rather than through a collection: Astro warns on every build about an
// empty collection, and the seed content has no data file. `npm run check` reported bad rows first.
function readDataRows(contentDir: string): ActualRow[] {
  const dir = resolve(process.cwd(), contentDir, 'data');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((file) => /\.csv$/i.test(file))
    .sort()
    .flatMap((file) => readActualsCsv(`${contentDir}/data/${file}`, readFileSync(resolve(dir, file))).rows);
}

// Read like the data files, for the same reason; `npm run check` (validateComparisons) refused bad entries first.
function readComparisons(contentDir: string): Comparison[] {
  const file = resolve(process.cwd(), contentDir, 'comparisons.yaml');
  if (!existsSync(file)) return [];
  return ComparisonsFileSchema.parse(parseYaml(readFileSync(file, 'utf8')) ?? []);
}
