import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

// Three suites: unit (pure src/lib), build (asserts on a real dist/), e2e (real Chromium).
// TZ is pinned so that any date formatting in tests is reproducible.
process.env.TZ = 'UTC';

export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  test: {
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      { extends: true, test: { name: 'build', include: ['tests/build/**/*.test.ts'], testTimeout: 120_000 } },
      {
        extends: true,
        // Staff tools run as real processes; builds share Astro's cache folder, so one file at a time.
        test: {
          name: 'tools',
          include: ['tests/tools/**/*.test.ts'],
          testTimeout: 180_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
