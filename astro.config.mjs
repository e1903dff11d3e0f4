// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { contentCheck } from './src/integrations/content-check.ts';
import { buildProgress } from './src/integrations/build-progress.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { settings } from './src/settings.ts';

const progress = buildProgress();

export default defineConfig({
  site: settings.site,
  trailingSlash: 'always',
  // Astro 7 defaults to 'jsx' whitespace rules, which glue inline elements written on separate lines.
  compressHTML: true,
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  // Speeches have no code to highlight; Shiki's inline styles would also break the CSP below.
  markdown: { syntaxHighlight: false },
  // Astro's log without a line per rendered page; build-progress prints the progress instead.
  logger: { entrypoint: './src/integrations/build-log.ts' },
  // Every page carries a Content-Security-Policy <meta>: only the site's own hashed scripts and
  // styles run, so HTML that slipped into content could not execute even if it reached a page.
  // Pagefind compiles WebAssembly, which needs 'wasm-unsafe-eval' (not 'unsafe-eval').
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  // The search worker (src/scripts/search-worker.ts) is started as a module worker and imports
  // Pagefind's ES module at run time; Vite must build it as an ES module too, not its default IIFE.
  vite: { worker: { format: 'es' } },
  integrations: [
    // First, so that the search index starts on the second core before the content check runs.
    searchIndex(progress),
    contentCheck(),
    mdx(),
    sitemap({ filter: (page) => !/\/404\/?$/.test(page) }),
    progress.integration,
  ],
});
