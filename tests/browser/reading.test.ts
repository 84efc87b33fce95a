import { afterAll, beforeAll, expect, test } from 'vitest';
import { resolveShownText } from '../../src/lib/model/shown-text.ts';
import type { Browser, Page } from 'playwright-core';
import { buildBriefingView, type BriefingView } from '../../src/lib/view/briefing-view.ts';
import { splitFrontmatter } from '../../src/lib/validate/frontmatter.ts';
import { validateBriefingSource } from '../../src/lib/validate/validate-briefing-source.ts';
import { readBriefingSource, realBriefingSlug as slug } from '../support/briefings.ts';
import { describeInBrowser } from '../support/browser-suite.ts';
import { buildTempSite } from '../support/built-site.ts';
import { launchChromium } from '../support/chromium.ts';
import { pngSize } from '../support/png.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';

// The real briefing, with a former id added to one section so alias links can be followed.
const alias = 'former-section-id';
const source = readBriefingSource('real').replace(
  /^ {2}- \{ id: (\S+), title: ([^}]+) \}$/m,
  `  - { id: $1, title: $2, aliases: [${alias}] }`,
);
const { briefing } = validateBriefingSource(source);
const view: BriefingView = buildBriefingView(slug, resolveShownText(briefing!), splitFrontmatter(source).body);
const aliased = view.sections.find((s) => s.aliases.includes(alias))!;

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveStatic(buildTempSite({ [`${slug}.mdx`]: source }));
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string, options: Parameters<Browser['newPage']>[0] = {}): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, ...options });
  await page.goto(server.url + path);
  return page;
}

/** How far the element with `id` is from the top of the viewport, in CSS pixels. */
const topOf = (page: Page, id: string) =>
  page.evaluate((i) => document.getElementById(i)!.getBoundingClientRect().top, id);

describeInBrowser('section links', () => {
  test('a link to a section id lands on that section', async () => {
    const section = view.sections.at(-2)!;
    const page = await open(`${view.urls.page}#${section.id}`);
    const top = await topOf(page, section.id);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(200);
    await page.close();
  });

  test('a link to an alias lands on the section it now names', async () => {
    const page = await open(`${view.urls.page}#${alias}`);
    const top = await topOf(page, aliased.id);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(200);
    await page.close();
  });

  test('each heading has a keyboard-reachable anchor with screen-reader text', async () => {
    const page = await open(view.urls.page);
    const section = view.sections[1]!;
    const anchor = page.locator(`#${section.id} a.heading-anchor`);
    await expect(anchor.textContent()).resolves.toContain(`Link to section: ${section.title}`);
    await anchor.focus();
    await expect(page.evaluate(() => document.activeElement?.getAttribute('href'))).resolves.toBe(`#${section.id}`);
    await page.close();
  });
});

describeInBrowser('the page-not-found page', () => {
  test('spaces its heading from the paragraph above and its home link from the last card', async () => {
    for (const width of [390, 1280]) {
      const page = await open('/404.html', { viewport: { width, height: 900 } });
      const box = (selector: string) => page.locator(selector).evaluate((el) => el.getBoundingClientRect().toJSON());
      const lede = await box('.lede');
      const heading = await box('.not-found h2');
      const lastCard = await box('.briefing-list > li:last-child');
      const home = await box('.not-found-home');
      expect(heading.top - lede.bottom, `at ${width} px`).toBeGreaterThanOrEqual(24);
      expect(home.top - lastCard.bottom, `at ${width} px`).toBeGreaterThanOrEqual(24);
      await page.close();
    }
  });
});

describeInBrowser('the keyboard before the contents', () => {
  test('meets each control once, no label linking to its own card, and reaches the contents', async () => {
    const page = await open(view.urls.page);
    const stops: string[] = [];
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      const stop = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        return el.closest('.toc') ? null : `${el.tagName} ${el.getAttribute('href') ?? ''} ${el.textContent!.trim()}`;
      });
      if (stop === null) break;
      stops.push(stop);
    }
    expect(stops.length).toBeLessThan(20);
    expect(new Set(stops).size, stops.join('\n')).toBe(stops.length);
    expect(stops.filter((stop) => stop.startsWith('A #figure-'))).toEqual([]);
    // The subject's page is linked once, from the header, not again on every key figure.
    const company = stops.filter((stop) => stop.startsWith(`A /companies/${briefing!.subject.entity}/ `));
    expect(company).toHaveLength(1);
    await page.close();
  });
});

describeInBrowser('copy controls', () => {
  test('"Copy link", once in the header, copies the full URL and says so politely', async () => {
    const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(server.url + view.urls.page);
    await expect(page.locator('.section-tools button.copy-button').count()).resolves.toBe(1);
    const button = page.locator('#briefing-header .section-tools button.copy-button');
    await button.click();
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(`${server.url}${view.urls.page}`);
    await expect.poll(() => page.locator('[data-copy-status]').textContent()).toBe('Link copied');
    await expect(page.locator('[data-copy-status]').getAttribute('aria-live')).resolves.toBe('polite');
    // The button shows it too, for a reader who does not hear the announcement, then its label again.
    await expect.poll(() => button.textContent()).toMatch(/^\s*✓ Link copied/);
    await expect.poll(() => button.textContent(), { timeout: 5000 }).toMatch(/^\s*Copy link/);
    await context.close();
  });

  test('a share page\'s "Copy link" copies the share page\'s own address', async () => {
    const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    const section = view.sections[2]!;
    await page.goto(server.url + section.shareUrl);
    const button = page.locator('header .section-tools button.copy-button');
    await button.click();
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(`${server.url}${section.shareUrl}`);
    await expect.poll(() => page.locator('[data-copy-status]').textContent()).toBe('Link copied');
    await expect.poll(() => button.textContent()).toMatch(/^\s*✓ Link copied/);
    await context.close();
  });

  test('"Copy citation" on a key figure copies label, value, basis, its own source, as-of note and URL', async () => {
    const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(server.url + view.urls.page);
    for (const figure of view.keyFigures) {
      await page.locator(`#${figure.anchor} button.copy-button`).click();
      await expect.poll(() => page.locator('[data-copy-status]').textContent()).toBe('Citation copied');
      const text = await page.evaluate(() => navigator.clipboard.readText());
      expect(text).toBe(`${figure.citation} ${server.url}${view.urls.page}#${figure.anchor}`);
      for (const part of [figure.label, figure.value, figure.basisLabel, figure.sourceTitle, view.asOf])
        expect(text).toContain(part);
    }
    await context.close();
  });

  test('"Copy embed code" on a chart copies the snippet as it is, and says so on the button', async () => {
    const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(server.url + view.urls.page);
    const chart = [...view.charts.values()][0]!;
    const button = page.locator(`#${chart.anchor} button.copy-button[data-copy-snippet]`);
    await button.click();
    await expect.poll(() => page.locator('[data-copy-status]').textContent()).toBe('Embed code copied');
    await expect.poll(() => button.textContent()).toMatch(/^\s*✓ Embed code copied/);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await button.getAttribute('data-copy-snippet'));
    expect(copied).toMatch(new RegExp(`^<iframe src="[^"]+${chart.embed.page}"`));
    await context.close();
  });

  test('"Copy citation" on a chart copies its citation and URL', async () => {
    const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(server.url + view.urls.page);
    const chart = [...view.charts.values()][1]!;
    await page.locator(`#${chart.anchor} button.copy-button`, { hasText: 'Copy citation' }).click();
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(
      `${chart.citation} ${server.url}${view.urls.page}#${chart.anchor}`,
    );
    await context.close();
  });
});

/** The id of the contents entry marked as current, in the list shown on a wide screen. */
const marked = (page: Page) => page.locator('.toc-wide a[aria-current="location"]').getAttribute('data-toc-link');

/**
 * The part of the page the reader is in, found from the page's own parts rather than the
 * script's arithmetic: the last labelled section that begins above a line a quarter of the way
 * down the viewport, the last one at the foot of the page, and the first one before it begins.
 */
const readerIsIn = (page: Page) =>
  page.evaluate(() => {
    const ids = [...document.querySelectorAll<HTMLElement>('.toc-wide [data-toc-link]')].map((a) => a.dataset.tocLink!);
    const parts = ids.map((id) => document.querySelector(`[aria-labelledby="${id}"]`)!);
    const atEnd = scrollY + innerHeight >= document.documentElement.scrollHeight - 2;
    if (atEnd) return ids.at(-1);
    const begun = parts.filter((part) => part.getBoundingClientRect().top <= innerHeight / 4);
    return begun.at(-1)?.getAttribute('aria-labelledby') ?? ids[0];
  });

/** Waits until the page stops scrolling (keys and smooth scrolling take a few frames). */
async function settled(page: Page): Promise<void> {
  await expect
    .poll(() =>
      page.evaluate(async () => {
        const before = scrollY;
        await new Promise((r) => setTimeout(r, 100));
        return scrollY === before;
      }),
    )
    .toBe(true);
}

describeInBrowser('the table of contents', () => {
  test('marks the section in view as current while scrolling', async () => {
    const page = await open(view.urls.page);
    for (const section of [view.sections[1]!, view.sections.at(-1)!]) {
      await page.evaluate((id) => document.getElementById(id)!.scrollIntoView({ block: 'start' }), section.id);
      await expect.poll(() => marked(page)).toBe(section.id);
    }
    await page.close();
  });

  test('follows the keys: End marks the last entry, Home the first, PageDown each section in turn', async () => {
    const page = await open(view.urls.page);
    // The page scrolls smoothly: each key's scroll is let finish before the mark is read.
    await page.keyboard.press('End');
    await settled(page);
    await expect.poll(() => marked(page)).toBe('disclaimer');
    await page.keyboard.press('Home');
    await settled(page);
    await expect.poll(() => marked(page)).toBe(view.sections[0]!.id);
    const marks: string[] = [];
    for (let atEnd = false; !atEnd;) {
      await page.keyboard.press('PageDown');
      await settled(page);
      const expected = (await readerIsIn(page))!;
      await expect.poll(() => marked(page)).toBe(expected);
      if (marks.at(-1) !== expected) marks.push(expected);
      atEnd = await page.evaluate(() => scrollY + innerHeight >= document.documentElement.scrollHeight - 2);
    }
    // Page by page the mark only moves on, from the first section to the last entry.
    const order = await page
      .locator('.toc-wide [data-toc-link]')
      .evaluateAll((as) => as.map((a) => a.getAttribute('data-toc-link')!));
    expect(marks).toEqual(order.filter((id) => marks.includes(id)));
    expect(marks.at(-1)).toBe('disclaimer');
    expect(marks.length).toBeGreaterThan(view.sections.length / 2);
    await page.close();
  });

  test('marks the section of a passage brought into view below its heading, as find-in-page does', async () => {
    const page = await open(view.urls.page, { viewport: { width: 1280, height: 600 } });
    const [first, second] = view.sections;
    const passage = page.locator(`section[aria-labelledby="${first!.id}"] > p:not([class])`).last();
    await passage.evaluate((p) => p.scrollIntoView({ block: 'start' }));
    expect(await topOf(page, first!.id)).toBeLessThan(0);
    expect(await topOf(page, second!.id)).toBeGreaterThan(600 / 4);
    await expect.poll(() => marked(page)).toBe(first!.id);
    await page.close();
  });

  test('marks the section a deep link lands on, and follows links, back and forward', async () => {
    const [landed, followed] = [view.sections[3]!, view.sections[5]!];
    const page = await open(`${view.urls.page}#${landed.id}`);
    await expect.poll(() => marked(page)).toBe(landed.id);
    await page.locator(`.toc-wide a[href="#${followed.id}"]`).click();
    await expect.poll(() => marked(page)).toBe(followed.id);
    await page.goBack();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#${landed.id}`);
    await expect.poll(() => marked(page)).toBe(landed.id);
    await page.goForward();
    await expect.poll(() => marked(page)).toBe(followed.id);
    await page.close();
  });

  test('at the foot of the page, marks the entry followed, not the last heading on screen', async () => {
    const page = await open(view.urls.page);
    for (const id of ['sources', 'data', 'disclaimer']) {
      await page.locator(`.toc-wide a[href="#${id}"]`).click();
      await settled(page);
      await expect.poll(() => marked(page)).toBe(id);
    }
    await page.close();
  });

  test('moves the mark when a resize moves the reading line past a heading', async () => {
    const page = await open(view.urls.page, { viewport: { width: 1280, height: 900 } });
    const [before, after] = [view.sections[2]!, view.sections[3]!];
    // The heading sits below a quarter of a 900 px window and above a quarter of a 1400 px one.
    await page.evaluate((id) => scrollBy(0, document.getElementById(id)!.getBoundingClientRect().top - 300), after.id);
    await expect.poll(() => marked(page)).toBe(before.id);
    await page.setViewportSize({ width: 1280, height: 1400 });
    await expect.poll(() => marked(page)).toBe(after.id);
    await expect(readerIsIn(page)).resolves.toBe(after.id);
    await page.close();
  });

  test('is folded on a narrow screen, opens on request, and is an open sidebar on a wide one', async () => {
    const first = `a[href="#${view.sections[0]!.id}"]`;
    const narrow = await open(view.urls.page, { viewport: { width: 360, height: 800 } });
    await expect(narrow.locator(`.toc ${first}:visible`).count()).resolves.toBe(0);
    await narrow.locator('.toc summary').click();
    await expect(narrow.locator(`.toc ${first}:visible`).count()).resolves.toBe(1);
    const wide = await open(view.urls.page);
    await expect(wide.locator(`.toc ${first}:visible`).count()).resolves.toBe(1);
    await expect(wide.locator('.toc summary').isVisible()).resolves.toBe(false);
    await narrow.close();
    await wide.close();
  });
});

/** Counts pixels of a chart's canvas close to an #rrggbb colour. */
async function pixelsNear(page: Page, anchor: string, hex: string): Promise<number> {
  return page.evaluate(
    ([id, colour]) => {
      const canvas = document.querySelector<HTMLCanvasElement>(`#${id} canvas`)!;
      const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(colour!.slice(i, i + 2), 16));
      let count = 0;
      for (let i = 0; i < data.length; i += 4) {
        if (
          data[i + 3]! > 200 &&
          Math.abs(data[i]! - r!) < 8 &&
          Math.abs(data[i + 1]! - g!) < 8 &&
          Math.abs(data[i + 2]! - b!) < 8
        )
          count++;
      }
      return count;
    },
    [anchor, hex] as const,
  );
}

describeInBrowser('charts and colour schemes', () => {
  test('draw in the dark theme under a dark system setting, and switch when it changes', async () => {
    const chart = [...view.charts.values()][1]!;
    const light = (chart.config.data.datasets[0]!.borderColor as string[])[0]!;
    const dark = (chart.darkConfig.data.datasets[0]!.borderColor as string[])[0]!;
    const page = await open(view.urls.page, { colorScheme: 'dark' });
    await page.locator(`#${chart.anchor}`).scrollIntoViewIfNeeded();
    await expect.poll(() => pixelsNear(page, chart.anchor, dark)).toBeGreaterThan(50);
    expect(await pixelsNear(page, chart.anchor, light)).toBe(0);
    await page.emulateMedia({ colorScheme: 'light' });
    await expect.poll(() => pixelsNear(page, chart.anchor, light)).toBeGreaterThan(50);
    await page.close();
  });
});

describeInBrowser('layout', () => {
  test('never scrolls sideways, from a 320 px phone to a wide screen', async () => {
    const overflow: string[] = [];
    for (const width of [320, 768, 1280]) {
      for (const path of ['/', view.urls.page, view.sections[0]!.shareUrl]) {
        const page = await open(path, { viewport: { width, height: 800 } });
        await page.evaluate(async () => {
          for (let y = 0; y <= document.body.scrollHeight; y += 400) {
            window.scrollTo(0, y);
            await new Promise((r) => setTimeout(r, 20));
          }
        });
        const { scroll, client } = await page.evaluate(() => ({
          scroll: document.documentElement.scrollWidth,
          client: document.documentElement.clientWidth,
        }));
        if (scroll > client) overflow.push(`${path} at ${width}px: ${scroll} > ${client}`);
        await page.close();
      }
    }
    expect(overflow).toEqual([]);
  });
});

describeInBrowser('print', () => {
  test('replaces every canvas with its picture, light and wide, sharp enough for paper', async () => {
    // The printable width of an A4 sheet (210 mm less 20 mm margins) at 96 CSS pixels per inch.
    const page = await open(view.urls.page, { viewport: { width: 643, height: 1123 } });
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    for (const chart of view.charts.values()) {
      const figure = page.locator(`#${chart.anchor}`);
      await expect(figure.locator('canvas').isVisible()).resolves.toBe(false);
      const image = figure.locator('.chart-picture img');
      await expect(image.isVisible()).resolves.toBe(true);
      await expect
        .poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
        .toBe(chart.printImage.width * chart.printImage.scale);
      // The wide light picture, whatever the screen showed: paper is neither a phone nor dark.
      await expect(image.evaluate((img: HTMLImageElement) => new URL(img.currentSrc).pathname)).resolves.toBe(
        chart.printImage.path,
      );
      const shown = await image.evaluate((img: HTMLImageElement) => img.getBoundingClientRect().width);
      expect(chart.printImage.width * chart.printImage.scale).toBeGreaterThanOrEqual(shown * 2);
    }
    await expect(page.locator('.toc').isVisible()).resolves.toBe(false);
    await expect(page.locator('.site-header').isVisible()).resolves.toBe(false);
    await page.close();
  });

  test('keeps each chart on one page and prints link addresses', async () => {
    const page = await open(view.urls.page);
    await page.emulateMedia({ media: 'print' });
    const chart = [...view.charts.values()][0]!;
    await expect(page.locator(`#${chart.anchor}`).evaluate((el) => getComputedStyle(el).breakInside)).resolves.toBe(
      'avoid',
    );
    // Printed with the site's address (SITE_URL), as the canonical link gives it.
    const canonical = new URL((await page.locator('link[rel="canonical"]').getAttribute('href'))!);
    const after = await page
      .locator(`.data-downloads a[href="${view.urls.csv}"]`)
      .evaluate((a) => getComputedStyle(a, '::after').content);
    expect(after).toBe(`" (${canonical.origin}${view.urls.csv})"`);
    await page.close();
  });

  test("names the site and the briefing's address at the top, within page margins", async () => {
    const page = await open(aliased.shareUrl);
    const source = page.locator('.print-source');
    await expect(source.isVisible()).resolves.toBe(false);
    await page.emulateMedia({ media: 'print' });
    await expect(source.isVisible()).resolves.toBe(true);
    const canonical = (await page.locator('link[rel="canonical"]').getAttribute('href'))!;
    // A share page names the briefing it is part of.
    await expect(source.textContent()).resolves.toBe(`Investor Briefings · ${canonical}`);
    expect(canonical).toMatch(new RegExp(`${view.urls.page}$`));
    const margins = await page.evaluate(() =>
      [...document.styleSheets]
        .flatMap((sheet) => [...sheet.cssRules])
        .flatMap((rule) => (rule instanceof CSSMediaRule ? [...rule.cssRules] : [rule]))
        .filter((rule): rule is CSSPageRule => rule instanceof CSSPageRule)
        .map((rule) => rule.style.margin),
    );
    expect(margins).toEqual(['18mm 16mm']);
    await page.close();
  });
});

/** The canvas's pixels as soon as anything is drawn, and again a second later. */
async function firstAndFinalFrames(reducedMotion: 'reduce' | 'no-preference'): Promise<[string, string]> {
  const page = await open(view.urls.page, { reducedMotion });
  const chart = [...view.charts.values()][1]!;
  const first = await page.evaluate(async (anchor) => {
    const canvas = document.querySelector<HTMLCanvasElement>(`#${anchor} canvas`)!;
    const blank = document.createElement('canvas');
    // The canvas is hidden until drawn: its box (the picture meanwhile) is what is scrolled to.
    canvas.parentElement!.scrollIntoView();
    for (;;) {
      await new Promise((r) => requestAnimationFrame(r));
      blank.width = canvas.width;
      blank.height = canvas.height;
      const url = canvas.toDataURL();
      if (canvas.width > 0 && url !== blank.toDataURL()) return url;
    }
  }, chart.anchor);
  await page.waitForTimeout(1000);
  const final = await page.locator(`#${chart.anchor} canvas`).evaluate((c: HTMLCanvasElement) => c.toDataURL());
  await page.close();
  return [first, final];
}

describeInBrowser('motion', () => {
  test('a chart appears as its picture showed it, not growing from nothing: its first frame is its last', async () => {
    for (const reducedMotion of ['reduce', 'no-preference'] as const) {
      const [first, final] = await firstAndFinalFrames(reducedMotion);
      expect(first).toBe(final);
    }
  });
});

describeInBrowser('without JavaScript', () => {
  test('every number, every chart table and every section is still there', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(server.url + view.urls.page);
    for (const chart of view.charts.values()) {
      const table = page.locator(`#${chart.anchor} table`);
      await expect(table.isVisible()).resolves.toBe(true);
      const cells = await table
        .locator('tbody tr')
        .evaluateAll((rows) => rows.map((r) => [...r.children].map((c) => c.textContent!.trim())));
      expect(cells).toEqual(chart.table.rows.map((r) => r.cells));
    }
    for (const section of view.sections) await expect(page.locator(`#${section.id}`).isVisible()).resolves.toBe(true);
    const text = await page.locator('main').innerText();
    for (const figure of view.figures.values()) expect(text).toContain(figure.value);
    await expect(page.locator('button.copy-button').first().isVisible()).resolves.toBe(false);
    await context.close();
  });
});

describeInBrowser('share pages', () => {
  test('show one section with its context, a link back and a canonical URL', async () => {
    const section = view.sections[0]!;
    const page = await open(section.shareUrl);
    await expect(page.locator('section.section').count()).resolves.toBe(1);
    await expect(page.locator(`#${section.id}`).textContent()).resolves.toContain(section.title);
    await expect(page.locator('link[rel="canonical"]').getAttribute('href')).resolves.toMatch(
      new RegExp(`${view.urls.page}$`),
    );
    await expect(page.locator(`a[href="${view.urls.page}#${section.id}"]`).count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('.section-context').textContent()).resolves.toContain(view.asOf);
    await page.close();
  });

  test('carry Open Graph and Twitter tags whose images are 1200x630 PNGs', async () => {
    for (const path of ['/', view.urls.page, ...view.sections.map((s) => s.shareUrl)]) {
      const page = await open(path);
      const meta = (name: string) =>
        page.locator(`meta[property="${name}"], meta[name="${name}"]`).getAttribute('content');
      for (const name of ['og:title', 'og:description', 'og:image:alt', 'twitter:card', 'twitter:image:alt']) {
        expect((await meta(name))?.length, `${name} on ${path}`).toBeGreaterThan(0);
      }
      const image = new URL((await meta('og:image'))!);
      expect(await meta('twitter:image')).toBe(image.href);
      const response = await fetch(server.url + image.pathname);
      expect(response.headers.get('content-type')).toBe('image/png');
      expect(pngSize(new Uint8Array(await response.arrayBuffer()))).toEqual({ width: 1200, height: 630 });
      await page.close();
    }
  });
});
