// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { contentCheck } from './src/integrations/content-check.ts';

// The public address; feeds, sitemaps and canonical URLs need an absolute origin.
const SITE = process.env['JIANBAO_SITE'] ?? 'https://jianbao.example.gov.cn';

export default defineConfig({
  site: SITE,
  trailingSlash: 'always',
  // Astro 7 defaults to 'jsx' whitespace rules, which glue inline elements written on separate lines.
  compressHTML: true,
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  integrations: [contentCheck(), mdx()],
});
