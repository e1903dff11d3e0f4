/**
 * The build's settings: the only module that reads the environment. Staff never set these;
 * deploys, benchmarks and fixture builds do. Everything else imports `settings` (or receives the
 * values as arguments, as the search index worker does), so each variable has one name, one
 * default and one reading.
 */

// Why 800: see `Settings.searchShardPages`.
const DEFAULT_SEARCH_SHARD_PAGES = 800;

export interface Settings {
  /** `JIANBAO_CONTENT_DIR`: the content folder, relative to the project root. Default `content`. */
  contentDir: string;
  /** `JIANBAO_DRAFTS=1`: publish drafts and unreviewed figures too (preview builds). Default off. */
  drafts: boolean;
  /**
   * `JIANBAO_SEARCH_SHARD_PAGES`: speeches per search index shard. Default 800: Pagefind keeps a
   * whole index in memory until it writes it (~1.8 GB per 1,000 seed-sized speeches, 1.46 GB per
   * 800) while Astro (2.0 GB at 10,000 speeches) renders; 800 keeps a 10,000-speech build at
   * 3.79 GB, under the 4 GB goal (1,000: 4.11 GB), and measured no worse for the first search
   * (docs/benchmarks.md, 2026-11-30).
   */
  searchShardPages: number;
  /** `JIANBAO_SITE`: the public origin; feeds, sitemaps and canonical URLs need it absolute. */
  site: string;
}

/** Reads the settings from an environment; a malformed value stops with the variable's name and the fix. */
export function readSettings(env: Readonly<Record<string, string | undefined>>): Settings {
  return {
    contentDir: env['JIANBAO_CONTENT_DIR'] ?? 'content',
    drafts: env['JIANBAO_DRAFTS'] === '1',
    searchShardPages: readPositiveInteger(env, 'JIANBAO_SEARCH_SHARD_PAGES', DEFAULT_SEARCH_SHARD_PAGES),
    site: env['JIANBAO_SITE'] ?? 'https://jianbao.example.gov.cn',
  };
}

function readPositiveInteger(
  env: Readonly<Record<string, string | undefined>>,
  name: string,
  fallback: number,
): number {
  const value = env[name];
  if (value === undefined || value === '') return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) {
    throw new Error(
      `${name}=${value} 不是正整数：请删去这个变量，或写成 ${name}=${fallback}。 / ${name}=${value} is not a positive whole number: unset it or write e.g. ${name}=${fallback}.`,
    );
  }
  return number;
}

/** This process's settings. A bad value stops the build or tool with its message, not a stack trace. */
export const settings: Settings = readSettingsOrExit();

function readSettingsOrExit(): Settings {
  try {
    return readSettings(process.env);
  } catch (error) {
    console.error(`✖ ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
