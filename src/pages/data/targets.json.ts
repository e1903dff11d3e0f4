import type { APIRoute } from 'astro';
import { getSite } from '../../lib/collections';
import { toTargetDataRows } from '../../lib/targets/open-data';

/** `/data/targets.json`: every published target and actual, each with the URL of its sentence. */
export const GET: APIRoute = async ({ site }) => {
  const { targets, scorecard } = await getSite();
  if (!site) throw new Error('astro.config.mjs must set `site` so that records carry absolute URLs');
  return new Response(JSON.stringify(toTargetDataRows(targets, site, scorecard), null, 1), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
