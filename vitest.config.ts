import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    setupFiles: ['tests/support/setup.ts'],
    // Build and browser tests start Astro and Chromium; give them room on a 2-core machine.
    testTimeout: 120_000,
    hookTimeout: 300_000,
    fileParallelism: false,
    // Browser tests poll for what a page does after smooth scrolls and script work, which takes
    // longer than the default second while the machine is busy.
    expect: { poll: { timeout: 5_000 } },
    coverage: {
      provider: 'v8',
      include: ['src/lib/**', 'src/schemas/**'],
      reporter: ['text-summary', 'text'],
      thresholds: { lines: 90, statements: 90 },
    },
  },
});
