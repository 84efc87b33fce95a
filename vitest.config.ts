import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Build and browser tests start Astro and Chromium; give them room on a 2-core machine.
    testTimeout: 120_000,
    hookTimeout: 300_000,
    fileParallelism: false,
    coverage: {
      provider: 'v8',
      include: ['src/lib/**', 'src/schemas/**'],
      // Needs Astro's content layer at run time (imports 'astro/loaders'); the build tests cover it.
      exclude: ['src/lib/collection/briefing-loader.ts'],
      reporter: ['text-summary', 'text'],
      thresholds: { lines: 90, statements: 90 },
    },
  },
});
