import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getSite } from '../lib/collections';
import { FEED_LIMIT, toFeedItems } from '../lib/pages/feed';

/** All speeches, newest first, up to FEED_LIMIT. */
export const GET: APIRoute = async ({ site }) => {
  const { speeches, themes } = await getSite();
  const themeNames = new Map(themes.map((theme) => [theme.slug, theme.name]));
  return rss({
    title: '简报 · 全部讲话',
    description: `公开讲话与工作报告，最新 ${FEED_LIMIT} 篇。`,
    site: site ?? 'http://localhost',
    items: toFeedItems(speeches, themeNames),
    customData: '<language>zh-cn</language>',
    // Opened in a browser, the feed reads as a page (public/rss.xsl); feed readers ignore it.
    stylesheet: '/rss.xsl',
    trailingSlash: true,
  });
};
