import type { APIRoute } from 'astro';
import { getSite } from '../../lib/collections';
import { toIndicatorDataRows } from '../../lib/targets/open-data';

/** `/data/indicators.json`: every indicator, its actuals with their sources, and the records that state it. */
export const GET: APIRoute = async ({ site }) => {
  const { scorecard } = await getSite();
  if (!site) throw new Error('astro.config.mjs must set `site` so that records carry absolute URLs');
  return new Response(JSON.stringify(toIndicatorDataRows(scorecard.indicators, site), null, 1), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
