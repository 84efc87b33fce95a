import { existsSync } from 'node:fs';
import { launch, type Browser } from 'puppeteer-core';

/** Debian's Firefox ESR; the tests never download a browser of their own. */
export const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export const firefoxInstallHint = 'apt-get update && apt-get install -y firefox-esr';

export function hasFirefox(): boolean {
  return existsSync(firefoxPath);
}

/**
 * Firefox ESR driven over WebDriver BiDi, headless, with a profile that reaches for nothing on a
 * closed network (no updates, telemetry or safe-browsing lists); `dark` sets the colour scheme
 * pages see, which Firefox takes from a preference.
 */
export function launchFirefox(options: { dark?: boolean } = {}): Promise<Browser> {
  return launch({
    browser: 'firefox',
    executablePath: firefoxPath,
    headless: true,
    extraPrefsFirefox: {
      'app.update.enabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
      'network.captive-portal-service.enabled': false,
      'browser.shell.checkDefaultBrowser': false,
      // 0 dark, 1 light.
      'layout.css.prefers-color-scheme.content-override': options.dark ? 0 : 1,
    },
  });
}
