import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { describeInBrowser } from '../support/browser-suite.ts';
import { realBriefingSlug as slug } from '../support/briefings.ts';
import { buildTempSite } from '../support/built-site.ts';
import { launchChromium } from '../support/chromium.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveStatic(buildTempSite());
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A context that records CSP violations, console errors and requests to any other origin. */
async function watchedContext(options: Parameters<Browser['newContext']>[0] = {}) {
  const problems: string[] = [];
  const requests: string[] = [];
  const context: BrowserContext = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  await context.exposeBinding('reportViolation', (_source, text: string) => problems.push(`CSP: ${text}`));
  await context.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { reportViolation: (t: string) => void }).reportViolation(
        `${e.violatedDirective} ${e.blockedURI}`,
      ),
    ),
  );
  context.on('request', (r) => {
    requests.push(r.url());
    if (new URL(r.url()).origin !== server.url && !r.url().startsWith('data:')) problems.push(`request: ${r.url()}`);
  });
  context.on('page', (page) => {
    page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
    page.on('pageerror', (e) => problems.push(`error: ${e.message}`));
  });
  return { context, problems, requests };
}

/** Opens the search from the keyboard alone: Tab to the button, Enter, and type. */
async function searchByKeyboard(page: Page, query: string): Promise<void> {
  for (let i = 0; i < 10; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.matches('button[data-search-toggle]'))) break;
  }
  await page.keyboard.press('Enter');
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('site-search-input');
  await page.keyboard.type(query);
  await expect.poll(() => page.locator('[data-search-status]').textContent(), { timeout: 10_000 }).toMatch(/result/);
}

describeInBrowser('search', () => {
  test('loads nothing of the search until a reader opens it', async () => {
    const { context, requests, problems } = await watchedContext();
    const page = await context.newPage();
    await page.goto(server.url + '/');
    await page.waitForLoadState('networkidle');
    expect(requests.filter((url) => /pagefind/.test(url))).toEqual([]);
    await searchByKeyboard(page, 'cloud');
    expect(requests.some((url) => url.endsWith('/pagefind/pagefind.js'))).toBe(true);
    expect(problems).toEqual([]);
    await context.close();
  });

  test('a query typed by keyboard lists results; following one opens the briefing, under the CSP', async () => {
    const { context, problems } = await watchedContext();
    const page = await context.newPage();
    await page.goto(server.url + '/');
    await searchByKeyboard(page, 'Hang Seng Tech');
    const toggle = page.locator('button[data-search-toggle]');
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('true');
    // The count is announced through the polite live region.
    await expect(page.locator('[role="status"][data-search-status]').textContent()).resolves.toMatch(
      /^\d+ results? for “Hang Seng Tech”/,
    );
    // The index's company page may rank first; the briefing is among the results, and Tab reaches it.
    const links = page.locator('[data-search-results] a');
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    const at = hrefs.indexOf(`/briefings/${slug}/`);
    expect(at).toBeGreaterThanOrEqual(0);
    await expect(links.nth(at).textContent()).resolves.toBe("Alibaba's AI rally");
    await expect(page.locator('[data-search-results] mark').first().textContent()).resolves.toMatch(/hang|seng|tech/i);
    for (let i = 0; i <= at; i++) await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('href'))).resolves.toBe(
      `/briefings/${slug}/`,
    );
    await Promise.all([page.waitForURL(`**/briefings/${slug}/`), page.keyboard.press('Enter')]);
    await expect(page.locator('h1').textContent()).resolves.toBe("Alibaba's AI rally");
    expect(problems).toEqual([]);
    await context.close();
  });

  test('finds a company on the company index and a figure inside a briefing', async () => {
    const { context, problems } = await watchedContext();
    const page = await context.newPage();
    await page.goto(server.url + '/companies/');
    await searchByKeyboard(page, 'Microsoft');
    const links = await page
      .locator('[data-search-results] a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toContain('/companies/');
    expect(links).toContain(`/briefings/${slug}/`);
    expect(problems).toEqual([]);
    await context.close();
  });

  test('offers the sections that match best, and a briefing before company pages that match no better', async () => {
    const page = await browser.newPage();
    await page.goto(server.url + '/');
    await searchByKeyboard(page, 'cloud');
    const results = page.locator('[data-search-results] > li');
    const pages = await results.evaluateAll((items) => items.map((li) => li.querySelector('a')!.getAttribute('href')));
    expect(pages[0]).toMatch(/^\/briefings\//);
    // The rally briefing's section headed "Cloud growth" is offered, though four sections come before it.
    const rally = results.nth(pages.indexOf(`/briefings/${slug}/`));
    const sections = await rally.locator('ul a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(sections[0]).toBe(`/briefings/${slug}/#cloud`);
    await page.close();
  });

  test('arrow keys move from the box through the results and back', async () => {
    const page = await browser.newPage();
    await page.goto(server.url + '/');
    await searchByKeyboard(page, 'Qwen');
    const focused = () =>
      page.evaluate(() => document.activeElement?.getAttribute('href') ?? document.activeElement?.id);
    const links = await page
      .locator('[data-search-results] a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links.length).toBeGreaterThan(2);
    await page.keyboard.press('ArrowDown');
    await expect(focused()).resolves.toBe(links[0]);
    await page.keyboard.press('ArrowDown');
    await expect(focused()).resolves.toBe(links[1]);
    await page.keyboard.press('End');
    await expect(focused()).resolves.toBe(links.at(-1));
    await page.keyboard.press('Home');
    await expect(focused()).resolves.toBe(links[0]);
    await page.keyboard.press('ArrowUp');
    await expect(focused()).resolves.toBe('site-search-input');
    await page.close();
  });

  test('lists eight results, says how many there are, and shows the rest on request', async () => {
    const page = await browser.newPage();
    await page.goto(server.url + '/');
    await searchByKeyboard(page, 'Alibaba');
    const results = page.locator('[data-search-results] > li');
    await expect(results.count()).resolves.toBe(8);
    const status = await page.locator('[data-search-status]').textContent();
    const total = Number(/^(\d+) results/.exec(status!)![1]);
    expect(total).toBeGreaterThan(8);
    expect(status).toBe(`${total} results for “Alibaba”, 8 shown.`);
    const more = page.locator('button[data-search-more]');
    const next = Math.min(8, total - 8);
    await expect(more.textContent()).resolves.toBe(`Show ${next} more ${next === 1 ? 'result' : 'results'}`);
    await more.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => results.count()).toBe(Math.min(16, total));
    // Focus goes to the first result added, and every page is listed once.
    await expect(
      page.evaluate(() =>
        document.activeElement?.closest('li')?.parentElement?.children[8]?.contains(document.activeElement),
      ),
    ).resolves.toBe(true);
    const pages = await results.evaluateAll((items) => items.map((li) => li.querySelector('a')!.getAttribute('href')));
    expect(new Set(pages).size).toBe(pages.length);
    if (total <= 16) {
      await expect(more.isVisible()).resolves.toBe(false);
      await expect(page.locator('[data-search-status]').textContent()).resolves.toBe(`${total} results for “Alibaba”.`);
    }
    await page.close();
  });

  test('Escape closes the search and returns focus to its button', async () => {
    const page = await browser.newPage();
    await page.goto(server.url + '/');
    await searchByKeyboard(page, 'Alibaba');
    await page.keyboard.press('Escape');
    await expect(page.locator('#site-search').isVisible()).resolves.toBe(false);
    await expect(page.evaluate(() => document.activeElement?.matches('button[data-search-toggle]'))).resolves.toBe(
      true,
    );
    await expect(page.locator('button[data-search-toggle]').getAttribute('aria-expanded')).resolves.toBe('false');
    await page.close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`the open search with its results has no axe violations in the ${scheme} theme`, async () => {
      const context = await browser.newContext({ colorScheme: scheme, bypassCSP: true });
      const page = await context.newPage();
      await page.goto(server.url + '/');
      await searchByKeyboard(page, 'cloud');
      await page.evaluate(axeSource);
      const violations = await page.evaluate(
        async (tags) =>
          (await window.axe.run(document, { runOnly: { type: 'tag', values: tags } })).violations.map(
            (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
          ),
        wcagTags,
      );
      expect(violations).toEqual([]);
      await context.close();
    });
  }

  test('without JavaScript the search control leads to the company index', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(server.url + '/');
    await expect(page.locator('button[data-search-toggle]').isVisible()).resolves.toBe(false);
    const link = page.locator('a[data-search-fallback]');
    await expect(link.textContent()).resolves.toBe('Search');
    await Promise.all([page.waitForURL('**/companies/'), link.click()]);
    await expect(page.locator('h1').textContent()).resolves.toBe('Companies');
    await context.close();
  });
});
