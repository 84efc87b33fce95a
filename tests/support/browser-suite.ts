import { describe } from 'vitest';
import { chromiumInstallHint, chromiumPath, hasChromium } from './chromium.ts';

/**
 * `describe` for suites that need Chromium. Without it they are skipped with a plain message
 * saying how to install it, except under CI, where a missing browser fails the run.
 */
export function describeInBrowser(name: string, suite: () => void): void {
  if (hasChromium()) {
    describe(name, suite);
    return;
  }
  const message = `Chromium not found at ${chromiumPath}; install it with: ${chromiumInstallHint}`;
  if (process.env.CI) {
    describe(name, () => {
      throw new Error(`${message} (browser tests cannot be skipped under CI)`);
    });
    return;
  }
  console.warn(`Skipping browser tests "${name}": ${message}`);
  describe.skip(name, suite);
}
