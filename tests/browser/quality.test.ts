import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { describeInBrowser } from '../support/browser-suite.ts';
import { buildTempSite } from '../support/built-site.ts';
import { launchChromium } from '../support/chromium.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';

let server: StaticServer;
let browser: Browser;
let paths: string[];

beforeAll(async () => {
  const outDir = buildTempSite();
  paths = readdirSync(outDir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => `/${relative(outDir, join(e.parentPath, e.name))}`.replace(/index\.html$/, ''));
  server = await serveStatic(outDir);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Scrolls through the page so every lazily drawn chart draws. */
async function scrollThrough(page: Page): Promise<void> {
  await page.evaluate(async () => {
    for (let y = 0; y <= document.body.scrollHeight; y += 300) {
      window.scrollTo(0, y);
      await new Promise((r) => setTimeout(r, 30));
    }
  });
}

/**
 * Opens every page of the site in turn, in a context made with `options` (the page is shown in
 * `media` when given), and returns what `read` finds on each, by path.
 */
async function readEveryPage<T>(
  options: Parameters<Browser['newContext']>[0],
  read: () => T,
  media?: 'print',
): Promise<{ path: string; found: Awaited<T> }[]> {
  const context = await browser.newContext(options);
  try {
    const results: { path: string; found: Awaited<T> }[] = [];
    for (const path of paths) {
      const page = await context.newPage();
      if (media) await page.emulateMedia({ media });
      await page.goto(server.url + path);
      results.push({ path, found: (await page.evaluate(read)) as Awaited<T> });
      await page.close();
    }
    return results;
  } finally {
    await context.close();
  }
}

describeInBrowser('accessibility (axe-core, WCAG 2.0/2.1/2.2 A and AA)', () => {
  for (const scheme of ['light', 'dark'] as const) {
    test(`every page has zero violations in the ${scheme} theme`, async () => {
      const context = await browser.newContext({ colorScheme: scheme, bypassCSP: true });
      const failures: string[] = [];
      for (const path of paths) {
        const page = await context.newPage();
        await page.goto(server.url + path);
        await scrollThrough(page);
        const violations = await axeViolations(page);
        failures.push(...violations.map((v) => `${path} (${scheme}) ${v}`));
        await page.close();
      }
      await context.close();
      expect(failures).toEqual([]);
    });
  }

  test('every page has zero violations at phone width, where wide tables scroll', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, bypassCSP: true });
    const failures: string[] = [];
    let scrolling = 0;
    for (const path of paths) {
      const page = await context.newPage();
      await page.goto(server.url + path);
      await scrollThrough(page);
      failures.push(...(await axeViolations(page)).map((v) => `${path} (390 px) ${v}`));
      scrolling += await page.locator('.table-scroll[tabindex="0"][role="region"][aria-label]').count();
      await page.close();
    }
    await context.close();
    expect(failures).toEqual([]);
    // The test sees tables that scroll: a phone-width axe run with none would prove nothing.
    expect(scrolling).toBeGreaterThan(0);
  });

  test('every control is reachable by keyboard and visibly focused', async () => {
    // Reduced motion: focus then scrolls at once instead of smoothly, so positions can be read.
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
    await page.goto(`${server.url}${paths.find((p) => /^\/briefings\/[^/]+\/$/.test(p))}`);
    const keyOf = (el: Element) =>
      `${el.tagName}|${el.getAttribute('href') ?? ''}|${el.textContent?.trim().slice(0, 40)}|${el.closest('[id]')?.id}`;
    const expected = await page.evaluate(
      (fn) =>
        [...document.querySelectorAll('a[href], button:not([hidden]), summary')]
          .filter((el) => (el as HTMLElement).offsetParent !== null)
          .map(new Function(`return ${fn}`)() as (el: Element) => string),
      keyOf.toString(),
    );
    const seen = new Set<string>();
    for (let i = 0; i < expected.length + 5; i++) {
      await page.keyboard.press('Tab');
      const state = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        const rect = el.getBoundingClientRect();
        return {
          key: `${el.tagName}|${el.getAttribute('href') ?? ''}|${el.textContent?.trim().slice(0, 40)}|${el.closest('[id]')?.id}`,
          outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
          shadow: style.boxShadow !== 'none',
          onScreen: rect.bottom > 0 && rect.top < window.innerHeight,
        };
      });
      if (!state) continue;
      expect(state.outline || state.shadow, `no visible focus on ${state.key}`).toBe(true);
      expect(state.onScreen, `focused element scrolled out of view: ${state.key}`).toBe(true);
      seen.add(state.key);
    }
    expect(expected.filter((key) => !seen.has(key))).toEqual([]);
    await page.close();
  });
});

describeInBrowser('reading on a phone', () => {
  test('no key figure breaks inside a word, no caption is cut, and a table of one value a row fits', async () => {
    const failures: string[] = [];
    let figures = 0;
    for (const width of [320, 390]) {
      const pages = await readEveryPage({ viewport: { width, height: 800 } }, () => {
        const problems: string[] = [];
        /** Lines a word of an element's text is set on, by the tops of its boxes. */
        const wordLines = (element: Element) => {
          const text = element.firstChild;
          if (!text || text.nodeType !== Node.TEXT_NODE) return [];
          const words = [...text.textContent!.matchAll(/\S+/g)];
          return words.map((match) => {
            const range = document.createRange();
            range.setStart(text, match.index);
            range.setEnd(text, match.index + match[0].length);
            return { word: match[0], lines: new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size };
          });
        };
        const values = [...document.querySelectorAll('.key-figure-value')];
        for (const value of values) {
          for (const { word, lines } of wordLines(value))
            if (lines > 1) problems.push(`key figure "${value.textContent}" breaks inside "${word}"`);
          if (value.scrollWidth > value.clientWidth + 1) problems.push(`key figure "${value.textContent}" is cut`);
        }
        // Tables read only by screen readers (an embed page's) take no room on screen.
        const shown = (element: Element) => !element.closest('.visually-hidden');
        for (const caption of [...document.querySelectorAll('.data-table caption')].filter(shown)) {
          const box = caption.closest('.table-scroll')!.getBoundingClientRect();
          if (caption.getBoundingClientRect().right > box.right + 1)
            problems.push(`caption "${caption.textContent}" runs past its box`);
        }
        for (const scroller of [...document.querySelectorAll('.table-scroll')].filter(shown)) {
          const columns = scroller.querySelector('thead tr')?.children.length ?? 0;
          if (columns <= 2 && scroller.scrollWidth > scroller.clientWidth + 1)
            problems.push(`the ${columns}-column table "${scroller.querySelector('caption')?.textContent}" scrolls`);
        }
        return { problems, figures: values.length };
      });
      for (const { path, found } of pages) {
        failures.push(...found.problems.map((p) => `${path} at ${width} px: ${p}`));
        figures += found.figures;
      }
    }
    expect(failures).toEqual([]);
    // Key figures were there to be checked.
    expect(figures).toBeGreaterThan(0);
  });
});

describeInBrowser('printing', () => {
  test('every page prints its tables within the paper', async () => {
    // The printable width of an A4 sheet (210 mm less 20 mm margins) at 96 CSS pixels per inch.
    const pages = await readEveryPage(
      { viewport: { width: 643, height: 1123 } },
      () => {
        const all = [...document.querySelectorAll('table')].filter((table) => !table.closest('.visually-hidden'));
        return {
          count: all.length,
          wide: all
            .filter((table) => table.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
            .map((table) => `${table.caption?.textContent ?? 'a table'}: ${Math.round(table.scrollWidth)} px`),
        };
      },
      'print',
    );
    const wide = pages.flatMap(({ path, found }) => found.wide.map((w) => `${path} ${w}`));
    const tables = pages.reduce((sum, { found }) => sum + found.count, 0);
    expect(wide).toEqual([]);
    expect(tables).toBeGreaterThan(0);
  });
});

describeInBrowser('security and privacy', () => {
  test('no page breaks its Content Security Policy, logs an error or contacts another origin', async () => {
    const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    await context.addInitScript(() => {
      const w = window as unknown as { __violations: string[] };
      w.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    const problems: string[] = [];
    for (const path of paths) {
      const page = await context.newPage();
      page.on('console', (m) => m.type() === 'error' && problems.push(`${path} console: ${m.text()}`));
      page.on('pageerror', (e) => problems.push(`${path} error: ${e.message}`));
      page.on(
        'request',
        (r) =>
          new URL(r.url()).origin !== server.url &&
          !r.url().startsWith('data:') &&
          problems.push(`${path} request: ${r.url()}`),
      );
      // Served with public/_headers applied, so the header policies are in force as on a static host.
      const response = await page.goto(server.url + path);
      // Embed pages alone may be framed, by any site; every other page refuses every frame.
      const ancestors = path.startsWith('/embed/') ? 'frame-ancestors *' : "frame-ancestors 'none'";
      if (!response?.headers()['content-security-policy']?.includes(ancestors))
        problems.push(`${path} served without the _headers policy`);
      await scrollThrough(page);
      for (const button of await page.locator('button.copy-button:visible').all()) await button.click();
      const toc = page.locator('.toc summary:visible');
      if (await toc.count()) await toc.click();
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.waitForTimeout(100);
      problems.push(
        ...(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).map(
          (v) => `${path} CSP: ${v}`,
        ),
      );
      await page.close();
    }
    await context.close();
    expect(problems).toEqual([]);
  });
});
