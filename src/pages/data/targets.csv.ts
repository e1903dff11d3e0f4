import type { APIRoute } from 'astro';
import { getSite } from '../../lib/collections';
import { formatTargetsCsv, toTargetDataRows } from '../../lib/targets/open-data';

/** `/data/targets.csv`: the records of /data/targets.json as UTF-8 CSV with a BOM, so Excel opens it. */
export const GET: APIRoute = async ({ site }) => {
  const { targets, scorecard } = await getSite();
  if (!site) throw new Error('astro.config.mjs must set `site` so that records carry absolute URLs');
  return new Response(formatTargetsCsv(toTargetDataRows(targets, site, scorecard)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
