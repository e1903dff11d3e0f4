import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../../lib/collections';
import { FEED_LIMIT, toIndicatorFeedItems } from '../../../lib/pages/feed';
import { indicatorPath } from '../../../lib/pages/urls';
import { displayRedactions } from '../../../lib/text/redaction';

export const getStaticPaths = (async () => {
  const { scorecard } = await getSite();
  return scorecard.indicators.map((summary) => ({ params: { id: summary.indicator.id } }));
}) satisfies GetStaticPaths;

/** One indicator's sentences and published figures, so a reader can follow 生产总值 alone. */
export const GET: APIRoute = async ({ params, site }) => {
  const { scorecard } = await getSite();
  const summary = scorecard.indicators.find((entry) => entry.indicator.id === params['id']);
  if (summary === undefined) return new Response(null, { status: 404 });
  const { indicator } = summary;
  const origin = site ?? 'http://localhost';
  const name = displayRedactions(`${indicator.name}（${indicator.area}）`);
  return rss({
    title: `简报 · ${name}`,
    description: `${name}：讲话中的目标与实绩、统计数据，每项目标附落实状态（最新 ${FEED_LIMIT} 条）`,
    site: new URL(indicatorPath(indicator.id), origin).href,
    // Absolute links: @astrojs/rss would append a slash to a path's #fragment (/speeches/a/#p-1-s1/).
    items: toIndicatorFeedItems(summary).map((item) => ({ ...item, link: new URL(item.link, origin).href })),
    customData: '<language>zh-cn</language>',
    // Opened in a browser, the feed reads as a page (public/rss.xsl); feed readers ignore it.
    stylesheet: '/rss.xsl',
    trailingSlash: true,
  });
};
