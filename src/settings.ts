/**
 * The build's settings: the only module that reads the environment. Staff never set these;
 * deploys, benchmarks and fixture builds do. Everything else imports `settings` (or receives the
 * values as arguments, as the search index worker does), so each variable has one name, one
 * default and one reading.
 */

/** The default of `JIANBAO_SITE`: a placeholder, so a build for the public must set the real address. */
export const PLACEHOLDER_SITE = 'https://jianbao.example.gov.cn';

// Why 400 and 2: see `Settings.searchShardPages`.
const DEFAULT_SEARCH_SHARD_PAGES = 400;
const DEFAULT_SEARCH_PARALLEL = 2;

export interface Settings {
  /** `JIANBAO_CONTENT_DIR`: the content folder, relative to the project root. Default `content`. */
  contentDir: string;
  /** `JIANBAO_DRAFTS=1`: publish drafts and unreviewed figures too (preview builds). Default off. */
  drafts: boolean;
  /**
   * `JIANBAO_SEARCH_SHARD_PAGES`: at most this many speeches per search index shard on average
   * (src/lib/build/shards.ts). Default 400: Pagefind keeps a whole shard in memory until it writes
   * it (~1.8 MB per seed-sized speech: 1.46 GB per 800), and once the pages are rendered two
   * shards are indexed at once beside Astro (2.0 GB at 10,000 speeches); two shards of ≤ 400 add
   * up to ≤ 1.5 GB (docs/benchmarks.md).
   */
  searchShardPages: number;
  /** `JIANBAO_SEARCH_PARALLEL`: shards indexed at once after the pages are rendered. Default 2 (two cores). */
  searchParallel: number;
  /**
   * `JIANBAO_SEARCH_CACHE_DIR`: where indexed shards are kept between builds, relative to the
   * project root. Default `node_modules/.cache/jianbao/search-shards` (not committed).
   */
  searchCacheDir: string;
  /**
   * `JIANBAO_SITE`: the public origin; feeds, sitemaps, canonical URLs, the CSV's and the citation
   * box's permanent links need it absolute. Default `PLACEHOLDER_SITE`, and the build warns.
   */
  site: string;
  /**
   * `JIANBAO_BUILD_DATE` (YYYY-MM-DD): the day target statuses are computed for (进行中 until a
   * period ends). Default: the day of the build, UTC. Tests pin it so statuses do not move.
   */
  buildDate: string;
}

/** Reads the settings from an environment; a malformed value stops with the variable's name and the fix. */
export function readSettings(env: Readonly<Record<string, string | undefined>>, now: Date = new Date()): Settings {
  const buildDate = env['JIANBAO_BUILD_DATE'] ?? now.toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(buildDate) || Number.isNaN(Date.parse(buildDate))) {
    throw new Error(
      `JIANBAO_BUILD_DATE=${buildDate} 不是日期：请写成 JIANBAO_BUILD_DATE=2026-12-03，或删去这个变量。 / JIANBAO_BUILD_DATE=${buildDate} is not a date: write e.g. 2026-12-03 or unset it.`,
    );
  }
  return {
    contentDir: env['JIANBAO_CONTENT_DIR'] ?? 'content',
    drafts: env['JIANBAO_DRAFTS'] === '1',
    searchShardPages: readPositiveInteger(env, 'JIANBAO_SEARCH_SHARD_PAGES', DEFAULT_SEARCH_SHARD_PAGES),
    searchParallel: readPositiveInteger(env, 'JIANBAO_SEARCH_PARALLEL', DEFAULT_SEARCH_PARALLEL),
    searchCacheDir: env['JIANBAO_SEARCH_CACHE_DIR'] || 'node_modules/.cache/jianbao/search-shards',
    site: env['JIANBAO_SITE'] ?? PLACEHOLDER_SITE,
    buildDate,
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

/** The build's warning when the permanent links would point at the placeholder domain; undefined when set. */
export function describeSiteProblem(site: string): string | undefined {
  if (new URL(site).hostname !== new URL(PLACEHOLDER_SITE).hostname) return undefined;
  return (
    `网站地址仍是占位域名 ${PLACEHOLDER_SITE}：RSS、CSV、引用框里的永久链接都会指向它。发布前设置 JIANBAO_SITE=https://你的域名（见 README“网站地址”）。` +
    ` / The site address is still the placeholder ${PLACEHOLDER_SITE}: permanent links in feeds, the CSV and citations point at it. Set JIANBAO_SITE=https://your.domain before publishing (README, "Site address").`
  );
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
