import type { APIRoute } from 'astro';
import { getSite } from '../lib/collections';
import { themeColorCss } from '../lib/themes/theme-css';

/** Theme colours from content/themes.yaml (see src/lib/themes/theme-css.ts). */
export const GET: APIRoute = async () => {
  const { themes } = await getSite();
  return new Response(themeColorCss(themes), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};
