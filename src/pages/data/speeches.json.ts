import type { APIRoute } from 'astro';
import { getSite } from '../../lib/collections';
import { toSpeechRecords } from '../../lib/data/speech-records';

/** `/data/speeches.json`: metadata of every published speech, for re-use and for the "nothing lost" test. */
export const GET: APIRoute = async ({ site }) => {
  const { speeches } = await getSite();
  if (!site) throw new Error('astro.config.mjs must set `site` so that records carry absolute URLs');
  return new Response(JSON.stringify(toSpeechRecords(speeches, site), null, 1), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
