import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Browser as PlaywrightBrowser } from 'playwright-core';
import type { Browser as PuppeteerBrowser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { describeInBrowser } from '../support/browser-suite.ts';
import { buildTempSite } from '../support/built-site.ts';
import { launchChromium } from '../support/chromium.ts';
import { firefoxInstallHint, firefoxPath, hasFirefox, launchFirefox } from '../support/firefox.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';
import { screenChartWidths } from '../../src/lib/images/check-layout.ts';
import { narrowQuery } from '../../src/lib/chart/fit-common.ts';

let outDir: string;
let server: StaticServer;
/** Every briefing and company page that draws a chart. */
let paths: string[];

beforeAll(async () => {
  outDir = buildTempSite();
  paths = readdirSync(outDir, { recursive: true, withFileTypes: true })
    .filter((e) => e.name === 'index.html')
    .map((e) => join(e.parentPath, e.name))
    .filter((file) => /^(briefings|companies)\/[^/]+\/index\.html$/.test(relative(outDir, file)))
    .filter((file) => readFileSync(file, 'utf8').includes('data-chart='))
    .map((file) => `/${relative(outDir, file)}`.replace(/index\.html$/, ''));
  server = await serveStatic(outDir);
});

afterAll(async () => {
  await server?.close();
});

interface DrawnChart {
  id: string;
  drawn: boolean;
  /** The box's height before and after the chart replaced its picture. */
  before: number;
  after: number;
  /** Pixels the chart painted. */
  ink: number;
  canvasWidth: number;
  boxWidth: number;
  dark: boolean;
}

/**
 * Runs in the page: brings each chart into view, waits for it to be drawn (in one frame: charts
 * are not animated), and reports what it painted and whether its box moved. The same function runs in Chromium
 * and in Firefox.
 */
async function drawEveryChart(): Promise<DrawnChart[]> {
  const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));
  const results: DrawnChart[] = [];
  for (const box of document.querySelectorAll<HTMLElement>('.chart-canvas')) {
    const before = box.getBoundingClientRect().height;
    box.scrollIntoView({ block: 'center' });
    for (let waited = 0; !box.classList.contains('drawn') && waited < 5000; waited += 50) await pause(50);
    await pause(50);
    const canvas = box.querySelector('canvas')!;
    const pixels = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    let ink = 0;
    for (let i = 3; i < pixels.length; i += 4) if (pixels[i]! > 0) ink++;
    results.push({
      id: box.closest('figure')!.id,
      drawn: box.classList.contains('drawn') && !canvas.hidden,
      before,
      after: box.getBoundingClientRect().height,
      ink,
      canvasWidth: canvas.getBoundingClientRect().width,
      boxWidth: box.clientWidth,
      dark: matchMedia('(prefers-color-scheme: dark)').matches,
    });
  }
  return results;
}

/** What every chart of every page must show, in any browser, width and colour scheme. */
function expectDrawn(charts: DrawnChart[], where: string, dark: boolean): void {
  expect(charts.length, where).toBeGreaterThan(0);
  for (const chart of charts) {
    const at = `${where} #${chart.id}`;
    expect(chart.drawn, at).toBe(true);
    expect(chart.dark, at).toBe(dark);
    // Bars, labels and axes: thousands of pixels; a blank canvas has none.
    expect(chart.ink, at).toBeGreaterThan(2_000);
    // The chart takes its picture's place exactly: nothing below it moves.
    expect(Math.abs(chart.after - chart.before), at).toBeLessThan(0.5);
    expect(Math.abs(chart.canvasWidth - chart.boxWidth), at).toBeLessThan(1);
  }
}

/** A page as both drivers give it, for what `expectChartsPaint` does with it. */
interface ChartPage {
  evaluate(fn: typeof drawEveryChart): Promise<DrawnChart[]>;
  close(): Promise<void>;
}

/**
 * Opens every chart page with `open` (which loads it and collects its console errors into
 * `errors`), draws every chart and expects each drawn, and no error.
 */
async function expectChartsPaint(
  open: (path: string, errors: string[]) => Promise<ChartPage>,
  where: string,
  dark: boolean,
): Promise<void> {
  for (const path of paths) {
    const errors: string[] = [];
    const page = await open(path, errors);
    expectDrawn(await page.evaluate(drawEveryChart), `${path} ${where}`, dark);
    expect(errors, path).toEqual([]);
    await page.close();
  }
}

const sizes = [320, 1366] as const;
const schemes = ['light', 'dark'] as const;

describeInBrowser('charts in Chromium', () => {
  let browser: PlaywrightBrowser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const width of sizes)
    for (const scheme of schemes)
      test(`every chart paints at ${width} px in the ${scheme} scheme, with no console errors`, async () => {
        const context = await browser.newContext({ viewport: { width, height: 800 }, colorScheme: scheme });
        await expectChartsPaint(
          async (path, errors) => {
            const page = await context.newPage();
            page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
            page.on('pageerror', (e) => errors.push(String(e)));
            await page.goto(server.url + path);
            return page;
          },
          `at ${width} px (${scheme})`,
          scheme === 'dark',
        );
        await context.close();
      });

  test('gives charts the widths the layout check draws them at, on each screen it names', async () => {
    for (const screen of screenChartWidths) {
      const page = await browser.newPage({ viewport: { width: screen.screen, height: 800 } });
      await page.goto(server.url + paths[0]);
      const widths = await page.$$eval('.chart-canvas', (boxes) => boxes.map((box) => box.clientWidth));
      expect(new Set(widths), `${screen.screen} px`).toEqual(new Set([screen.width]));
      await expect(page.evaluate((query) => matchMedia(query).matches, narrowQuery)).resolves.toBe(screen.narrow);
      await page.close();
    }
  });

  for (const [width, scheme, picture] of [
    [320, 'light', '-narrow.png'],
    [320, 'dark', '-narrow-dark.png'],
    [1366, 'light', '.png'],
    [1366, 'dark', '-dark.png'],
  ] as const)
    test(`without scripts, each chart's ${scheme} picture for ${width} px stands in the chart's box`, async () => {
      const context = await browser.newContext({
        viewport: { width, height: 800 },
        colorScheme: scheme,
        javaScriptEnabled: false,
      });
      for (const path of paths) {
        const page = await context.newPage();
        await page.goto(server.url + path);
        const pictures = await page.$$eval('.chart-canvas', async (boxes) => {
          const results = [];
          for (const box of boxes) {
            const img = box.querySelector('img')!;
            img.loading = 'eager';
            await img.decode().catch(() => undefined);
            results.push({
              src: new URL(img.currentSrc).pathname,
              loaded: img.complete && img.naturalWidth > 0,
              imgHeight: img.getBoundingClientRect().height,
              boxHeight: box.getBoundingClientRect().height,
              canvasShown: box.querySelector('canvas')!.getBoundingClientRect().height > 0,
              alt: img.alt,
            });
          }
          return results;
        });
        expect(pictures.length).toBeGreaterThan(0);
        for (const shown of pictures) {
          expect(shown.src.endsWith(picture) && !shown.src.endsWith(`-dark${picture}`), shown.src).toBe(true);
          expect(shown.loaded, shown.src).toBe(true);
          expect(shown.imgHeight, shown.src).toBeCloseTo(shown.boxHeight, 0);
          expect(shown.canvasShown, shown.src).toBe(false);
          // The picture carries the chart's spoken summary, as the canvas does once drawn.
          expect(shown.alt.length, shown.src).toBeGreaterThan(20);
        }
        await page.close();
      }
      await context.close();
    });
});

// Firefox ESR over WebDriver BiDi (puppeteer-core). Like Chromium, required under CI.
const describeInFirefox = hasFirefox()
  ? describe
  : process.env.CI
    ? (name: string) =>
        describe(name, () => {
          throw new Error(`Firefox ESR not found at ${firefoxPath}; install it with: ${firefoxInstallHint}`);
        })
    : describe.skip;

describeInFirefox('charts in Firefox ESR', () => {
  for (const scheme of schemes)
    describe(`${scheme} scheme`, () => {
      let browser: PuppeteerBrowser;
      beforeAll(async () => {
        // Firefox takes its colour scheme from a preference, so each scheme has a browser of its own.
        browser = await launchFirefox({ dark: scheme === 'dark' });
      });
      afterAll(async () => {
        await browser?.close();
      });

      for (const width of sizes)
        test(`every chart paints at ${width} px, with no console errors`, async () => {
          await expectChartsPaint(
            async (path, errors) => {
              const page = await browser.newPage();
              await page.setViewport({ width, height: 800 });
              page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
              page.on('pageerror', (e) => errors.push(String(e)));
              await page.goto(server.url + path);
              return page;
            },
            `at ${width} px (${scheme})`,
            scheme === 'dark',
          );
        });
    });
});
