import { defineCollection, reference } from 'astro:content';
import { z } from 'zod';
import { file, glob } from 'astro/loaders';
import { SpeechSchema } from './lib/schemas/speech';
import { createTargetRecordSchema } from './lib/schemas/target';
import { parse as parseYaml } from 'yaml';
import { ThemeEntrySchema } from './lib/schemas/theme';
import { speechFiles } from './loaders/speech-files';
import { settings } from './settings';
import { indicatorsFile } from './loaders/indicator-files';
import { IndicatorSchema } from './lib/schemas/indicator';

const CONTENT_DIR = settings.contentDir;

const speeches = defineCollection({
  // Not glob(): see src/loaders/speech-files.ts for why the body stays in its file.
  loader: speechFiles({ base: `${CONTENT_DIR}/speeches` }),
  schema: SpeechSchema,
});

// One entry per theme, keyed by its slug. The list's order is the site's order, which file()
// does not keep, so the parser records each theme's position.
const themes = defineCollection({
  loader: file(`${CONTENT_DIR}/themes.yaml`, {
    parser: (text) => (parseYaml(text) as Record<string, unknown>[]).map((theme, order) => ({ ...theme, order })),
  }),
  schema: ThemeEntrySchema,
});

// One entry per speech: the list of figures it states. `reference('speeches')` makes a record
// that points at a missing speech fail the build.
const targets = defineCollection({
  loader: glob({
    pattern: '*.{yaml,yml}',
    base: `${CONTENT_DIR}/targets`,
  }),
  schema: z.array(createTargetRecordSchema(reference('speeches'))),
});

// One entry per indicator of content/indicators.yaml, keyed by its id.
const indicators = defineCollection({
  loader: indicatorsFile({ path: `${CONTENT_DIR}/indicators.yaml` }),
  schema: IndicatorSchema.extend({ order: z.number() }),
});

export const collections = { speeches, themes, targets, indicators };
