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
      reporter: ['text-summary', 'text'],
      thresholds: { lines: 90, statements: 90 },
    },
  },
});
