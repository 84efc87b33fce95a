import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { describeInBrowser } from '../support/browser-suite.ts';
import { buildSite } from '../support/build-site.ts';
import { launchChromium } from '../support/chromium.ts';
import { freePort, serveStatic, type StaticServer } from '../support/static-server.ts';
import { tempDir } from '../support/temp-dir.ts';

/**
 * Charts embedded on another site: the site is built for its own address (a local port), and a
 * host page on a second port pastes each chart's oEmbed snippet, as a newsletter or blog would.
 */
let site: StaticServer;
let host: StaticServer;
let hostDir: string;
let browser: Browser;
let embeds: { path: string; chart: string; html: string }[];

beforeAll(async () => {
  const port = await freePort();
  const outDir = join(tempDir('briefing-embeds-'), 'dist');
  const result = buildSite(outDir, { env: { SITE_URL: `http://127.0.0.1:${port}` } });
  if (result.status !== 0) throw new Error(`build failed:\n${result.output}`);
  site = await serveStatic(outDir, port);
  // Every embed page the build wrote: a briefing's charts and a company page's.
  embeds = ['briefings', 'companies'].flatMap((kind) =>
    readdirSync(join(outDir, 'embed', kind)).flatMap((page) =>
      readdirSync(join(outDir, 'embed', kind, page)).map((chart) => ({
        path: `/embed/${kind}/${page}/${chart}/`,
        chart,
        html: (
          JSON.parse(readFileSync(join(outDir, 'embed', kind, page, chart, 'oembed.json'), 'utf8')) as {
            html: string;
          }
        ).html,
      })),
    ),
  );
  hostDir = tempDir('embed-host-');
  mkdirSync(hostDir, { recursive: true });
  host = await serveStatic(hostDir);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await host?.close();
});

/** A host page on the second origin holding `body`, served without any policy of its own. */
function hostPage(name: string, body: string): string {
  writeFileSync(
    join(hostDir, `${name}.html`),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">` +
      `<title>Host</title><link rel="icon" href="data:,"></head><body style="margin:0"><p>A newsletter quoting a chart:</p>${body}<p>After.</p></body></html>`,
  );
  return `${host.url}/${name}.html`;
}

/** The frame showing `path` of the site, once loaded. */
async function frameOf(page: Page, path: string): Promise<Frame> {
  await expect.poll(() => page.frames().some((f) => f.url().startsWith(site.url + path))).toBe(true);
  return page.frames().find((f) => f.url().startsWith(site.url + path))!;
}

/** Waits until the frame's height has settled on the embedded content's height. */
async function settledHeights(page: Page, frame: Frame) {
  const heights = async () => ({
    iframe: await page.locator('iframe[data-briefing-embed]').evaluate((el) => el.getBoundingClientRect().height),
    content: await frame.evaluate(() => document.querySelector('main.embed')!.getBoundingClientRect().height),
  });
  await expect
    .poll(async () => {
      const h = await heights();
      return Math.abs(h.iframe - Math.ceil(h.content));
    })
    .toBeLessThanOrEqual(1);
  return heights();
}

describeInBrowser('chart embeds on another site', () => {
  test('the build gives every chart of every briefing an embed page and an oEmbed snippet for this site', () => {
    expect(embeds.filter((e) => e.path.startsWith('/embed/briefings/')).length).toBeGreaterThan(5);
    expect(embeds.filter((e) => e.path.startsWith('/embed/companies/')).length).toBeGreaterThan(0);
    for (const { path, html } of embeds) {
      expect(html).toContain(`<iframe src="${site.url}${path}"`);
      expect(html).toContain(`e.origin!=="${site.url}"`);
    }
  });

  for (const width of [360, 1024]) {
    test(`at ${width} px each chart draws in its frame and the frame fits its content, without errors`, async () => {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      const problems: string[] = [];
      page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
      page.on('pageerror', (e) => problems.push(`error: ${e.message}`));
      for (const { path, html } of embeds) {
        await page.goto(hostPage(path.replace(/\W+/g, '-'), html));
        const frame = await frameOf(page, path);
        await frame.locator('.chart-canvas.drawn canvas:not([hidden])').waitFor();
        const { iframe, content } = await settledHeights(page, frame);
        expect(iframe, path).toBeGreaterThan(200);
        // The whole chart shows: the frame neither cuts its content nor leaves it scrolling.
        expect(await frame.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight + 1)).toBe(true);
        expect(Math.abs(iframe - content)).toBeLessThanOrEqual(1);
        expect(await frame.locator('.embed-credit').innerText()).toMatch(/^Chart: Investor Briefings · Source: /);
        expect(await frame.locator('table.data-table tbody tr').count()).toBeGreaterThan(0);
      }
      expect(problems).toEqual([]);
      await page.close();
    });
  }

  test('the frame follows the width it is given: narrower, it grows taller', async () => {
    const page = await browser.newPage({ viewport: { width: 1024, height: 900 } });
    const { path, html } = embeds.find((e) => e.chart === 'against-estimates') ?? embeds[0]!;
    await page.goto(hostPage('resize', html));
    const frame = await frameOf(page, path);
    const wide = (await settledHeights(page, frame)).iframe;
    await page.setViewportSize({ width: 340, height: 900 });
    await expect.poll(async () => (await settledHeights(page, frame)).iframe).toBeGreaterThan(wide);
    await page.close();
  });

  test('the snippet takes a height only as a number, from its own frame on the site', async () => {
    const page = await browser.newPage({ viewport: { width: 1024, height: 900 } });
    const { path, html } = embeds[0]!;
    await page.goto(hostPage('messages', html));
    const frame = await frameOf(page, path);
    const { iframe } = await settledHeights(page, frame);
    // The host page itself (another origin) and the embed frame with a string: both ignored.
    await page.evaluate(() => window.postMessage({ 'briefing-embed-height': 3000 }, '*'));
    await frame.evaluate(() => window.parent.postMessage({ 'briefing-embed-height': '3000px' }, '*'));
    await frame.evaluate(() => window.parent.postMessage({ 'briefing-embed-height': 1e9 }, '*'));
    await page.waitForTimeout(200);
    expect(await page.locator('iframe').evaluate((el) => el.getBoundingClientRect().height)).toBe(iframe);
    // A number from the frame is taken: the check above could have seen a change.
    await frame.evaluate(() => window.parent.postMessage({ 'briefing-embed-height': 777 }, '*'));
    await expect.poll(() => page.locator('iframe').evaluate((el) => el.getBoundingClientRect().height)).toBe(777);
    await page.close();
  });

  test('only embed pages may be framed: the briefing pages and the home page refuse', async () => {
    const page = await browser.newPage();
    const briefing = embeds[0]!.path.replace(/^\/embed(\/briefings\/[^/]+\/).*$/, '$1');
    const company = embeds
      .find((e) => e.path.startsWith('/embed/companies/'))!
      .path.replace(/^\/embed(\/companies\/[^/]+\/).*$/, '$1');
    const refused: string[] = [];
    page.on('console', (m) => /frame-ancestors/.test(m.text()) && refused.push(m.text()));
    await page.goto(
      hostPage(
        'framing',
        `<iframe src="${site.url}${briefing}" title="briefing"></iframe>` +
          `<iframe src="${site.url}/" title="home"></iframe>` +
          `<iframe src="${site.url}${company}" title="company"></iframe>` +
          `<iframe src="${site.url}${embeds[0]!.path}" title="embed"></iframe>`,
      ),
    );
    const embed = await frameOf(page, '/embed/');
    await embed.locator('main.embed').waitFor();
    await expect.poll(() => refused.length).toBe(3);
    for (const frame of page.frames().filter((f) => f !== page.mainFrame() && f !== embed))
      expect(await frame.locator('.briefing, .home, main#main').count()).toBe(0);
    await page.close();
  });

  test('?theme= shows the chart in the scheme it names, whatever the reader’s setting', async () => {
    const context = await browser.newContext({ colorScheme: 'light', viewport: { width: 800, height: 900 } });
    const page = await context.newPage();
    const { path } = embeds[0]!;
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await page.goto(`${site.url}${path}`);
    const light = await background();
    await page.goto(`${site.url}${path}?theme=dark`);
    await page.locator('.chart-canvas.drawn').waitFor();
    expect(await background()).not.toBe(light);
    expect(await page.locator('.chart-picture img').evaluate((img: HTMLImageElement) => img.currentSrc)).toMatch(
      /-dark\.png$/,
    );
    await context.close();
    const dark = await browser.newContext({ colorScheme: 'dark', viewport: { width: 800, height: 900 } });
    const darkPage = await dark.newPage();
    await darkPage.goto(`${site.url}${path}?theme=light`);
    await darkPage.locator('.chart-canvas.drawn').waitFor();
    expect(await darkPage.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(light);
    expect(await darkPage.locator('.chart-picture img').evaluate((img: HTMLImageElement) => img.currentSrc)).toMatch(
      /charts\/[^/]+(?<!-dark)\.png$/,
    );
    await dark.close();
  });
});
