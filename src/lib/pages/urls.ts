/**
 * The site's URL paths, the one place they are built: every page, feed, data file and index entry
 * links through these. Paths end in `/` (`trailingSlash: 'always'` in astro.config.mjs).
 */

/** `/speeches/<slug>/`, or `/speeches/<slug>/#p-12-s3` with an anchor (src/lib/speech/anchors.ts). */
export function speechPath(slug: string, anchor?: string): string {
  return anchor === undefined ? `/speeches/${slug}/` : `/speeches/${slug}/#${anchor}`;
}

/** `/themes/<slug>/`. */
export function themePath(slug: string): string {
  return `/themes/${slug}/`;
}

/** `/themes/<slug>/rss.xml`: the theme's feed. */
export function themeFeedPath(slug: string): string {
  return `${themePath(slug)}rss.xml`;
}

/** `/speeches/`, `/speeches/theme/innovation/`, `/speeches/year/2022/`, `/speeches/theme/innovation/year/2022/`. */
export function speechFilterUrl(filter: { theme?: string | undefined; year?: number | undefined }): string {
  let url = '/speeches/';
  if (filter.theme !== undefined) url += `theme/${filter.theme}/`;
  if (filter.year !== undefined) url += `year/${filter.year}/`;
  return url;
}

/** `/indicators/<id>/`: one indicator's chart, table, status history and statements. */
export function indicatorPath(id: string): string {
  return `/indicators/${id}/`;
}

/** `/indicators/<id>/rss.xml`: the indicator's feed of statements and published figures. */
export function indicatorFeedPath(id: string): string {
  return `${indicatorPath(id)}rss.xml`;
}
