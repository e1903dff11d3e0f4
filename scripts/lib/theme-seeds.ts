/**
 * The seed speeches classified exactly as the site classifies them, next to their hand
 * annotations: the input of `npm run test:themes` and of the theme quality unit test.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { SpeechSchema } from '../../src/lib/schemas/speech';
import { ThemesFileSchema, type Theme } from '../../src/lib/schemas/theme';
import { analyzeSpeech } from '../../src/lib/speech/analyze-speech';
import { readFrontMatter } from '../../src/lib/speech/front-matter';
import { speechSlug } from '../../src/lib/speech/slug';
import type { AnnotatedSpeech, ClassifiedSpeech } from '../../src/lib/themes/quality';

export const ANNOTATIONS_FILE = 'tests/fixtures/themes-annotated/annotations.yaml';

export interface ThemeSeeds {
  themes: Theme[];
  key: AnnotatedSpeech[];
  classified: ClassifiedSpeech[];
}

/** Reads content/themes.yaml, content/speeches/ and the annotations under `root`. */
export function loadThemeSeeds(root: string, themesFile = join(root, 'content/themes.yaml')): ThemeSeeds {
  const themes = ThemesFileSchema.parse(parse(readFileSync(themesFile, 'utf8')));
  const key = parse(readFileSync(join(root, ANNOTATIONS_FILE), 'utf8')) as AnnotatedSpeech[];
  const speechesDir = join(root, 'content/speeches');
  const classified = readdirSync(speechesDir)
    .filter((file) => /\.mdx?$/.test(file))
    .sort()
    .map((file): ClassifiedSpeech => {
      const front = readFrontMatter(file, readFileSync(join(speechesDir, file), 'utf8'));
      if (!front.ok) throw new Error(`${file}: ${front.problem.message}`);
      const data = SpeechSchema.parse(front.value.data);
      return analyzeSpeech({ slug: speechSlug(file, data), data, body: front.value.body }, themes);
    });
  return { themes, key, classified };
}
