import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { describeInBrowser } from '../support/browser-suite.ts';
import { buildTempSite } from '../support/built-site.ts';
import { launchChromium } from '../support/chromium.ts';
import { readPublicationSource } from '../support/publication.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';

const path = '/companies/example-corp/';

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  const outDir = buildTempSite({
    'widgets-spring.mdx': readPublicationSource('spring'),
    'widgets-summer.mdx': readPublicationSource('summer'),
  });
  server = await serveStatic(outDir);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens the company page under the site's CSP, collecting console errors, page errors and CSP violations. */
async function open(scheme: 'light' | 'dark', width = 1280): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage({ colorScheme: scheme, viewport: { width, height: 900 } });
  const problems: string[] = [];
  await page.exposeFunction('reportViolation', (text: string) => problems.push(`CSP: ${text}`));
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { reportViolation: (t: string) => void }).reportViolation(
        `${e.violatedDirective} ${e.blockedURI}`,
      ),
    ),
  );
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`error: ${e.message}`));
  await page.goto(server.url + path);
  return { page, problems };
}

/** Scrolls to the chart and waits until its canvas holds a drawing. */
async function drawnChart(page: Page): Promise<boolean> {
  // The canvas is hidden until drawn: its box (the picture meanwhile) is what is scrolled to.
  await page.locator('figure.chart .chart-canvas').first().scrollIntoViewIfNeeded();
  await page.waitForFunction(() => {
    const c = document.querySelector<HTMLCanvasElement>('figure.chart canvas');
    if (!c || c.width === 0) return false;
    const blank = document.createElement('canvas');
    blank.width = c.width;
    blank.height = c.height;
    return c.toDataURL() !== blank.toDataURL();
  });
  return true;
}

describeInBrowser('a company page in the browser', () => {
  for (const scheme of ['light', 'dark'] as const) {
    test(`draws its chart and has no axe violations or console errors in the ${scheme} theme`, async () => {
      const { page, problems } = await open(scheme);
      expect(await drawnChart(page)).toBe(true);
      expect(await axeViolations(page)).toEqual([]);
      expect(problems).toEqual([]);
      await page.close();
    });
  }

  test('draws its metric as columns and keeps every table within a 320 px phone, axe clean there', async () => {
    const { page, problems } = await open('light', 320);
    expect(await drawnChart(page)).toBe(true);
    expect(await page.locator('figure.chart canvas').getAttribute('data-chart-kind')).toBe('column');
    const overflow = await page.evaluate(() => ({
      page: Math.max(0, document.documentElement.scrollWidth - window.innerWidth),
      tables: [...document.querySelectorAll<HTMLElement>('.company-figures')].map(
        (table) => table.parentElement!.scrollWidth - table.parentElement!.clientWidth,
      ),
      // Text cut at its box's edge, as a caption cut mid-word is.
      cut: [...document.querySelectorAll<HTMLElement>('.company-page p, .company-page tbody th, .company-page td, h3')]
        .filter((el) => el.scrollWidth > el.clientWidth + 1)
        .map((el) => el.textContent),
    }));
    expect(overflow).toEqual({ page: 0, tables: [0], cut: [] });
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  test('leads from one briefing to the later one on the same company and back', async () => {
    const { page } = await open('light');
    await page.goto(`${server.url}/briefings/widgets-spring/`);
    await page
      .getByRole('navigation', { name: 'More on Example Corp' })
      .getByRole('link', { name: "Example Corp's summer quarter" })
      .click();
    await page.waitForURL(`${server.url}/briefings/widgets-summer/`);
    await page
      .getByRole('navigation', { name: 'More on Example Corp' })
      .getByRole('link', { name: "Example Corp's spring quarter" })
      .click();
    await page.waitForURL(`${server.url}/briefings/widgets-spring/`);
    await page.close();
  });

  test('follows a figure to the section of the briefing it comes from', async () => {
    const { page } = await open('light');
    await page.getByRole('link', { name: "Example Corp's spring quarter, Outlook" }).click();
    await page.waitForURL(`${server.url}/briefings/widgets-spring/#outlook`);
    expect(await page.locator('#outlook').textContent()).toContain('Outlook');
    await page.close();
  });
});
