import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../../lib/collections';
import { FEED_LIMIT, toFeedItems } from '../../../lib/pages/feed';
import { themePath } from '../../../lib/pages/urls';

export const getStaticPaths = (async () => {
  const { themes } = await getSite();
  return themes.map((theme) => ({ params: { slug: theme.slug } }));
}) satisfies GetStaticPaths;

/** The speeches with passages under one theme, so a reader can follow only 营商环境. */
export const GET: APIRoute = async ({ params, site }) => {
  const { speeches, themes } = await getSite();
  const theme = themes.find((t) => t.slug === params['slug']);
  if (theme === undefined) return new Response(null, { status: 404 });
  const themeNames = new Map(themes.map((t) => [t.slug, t.name]));
  return rss({
    title: `简报 · ${theme.name}`,
    description: `${theme.description}（最新 ${FEED_LIMIT} 篇）`,
    // The channel links to the theme page; item links are absolute paths, resolved against it.
    site: new URL(themePath(theme.slug), site ?? 'http://localhost').href,
    items: toFeedItems(
      speeches.filter((speech) => speech.themes.includes(theme.slug)),
      themeNames,
    ),
    customData: '<language>zh-cn</language>',
    // Opened in a browser, the feed reads as a page (public/rss.xsl); feed readers ignore it.
    stylesheet: '/rss.xsl',
    trailingSlash: true,
  });
};
