import type { BarChart } from '../../src/schemas/chart.ts';
import { resolveShownText } from '../../src/lib/model/shown-text.ts';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildBriefingView } from '../../src/lib/view/briefing-view.ts';
import { formatContentIssue } from '../../src/lib/errors/content-issue.ts';
import { validateBriefingSource } from '../../src/lib/validate/validate-briefing-source.ts';
import { readBriefingSource, realBriefingSlug as slug } from '../support/briefings.ts';
import { describeInBrowser } from '../support/browser-suite.ts';
import { launchChromium } from '../support/chromium.ts';
import { startDevServer, waitFor, type DevServer } from '../support/dev-server.ts';
import { editFigure } from '../support/edit-figure.ts';
import { tempDir } from '../support/temp-dir.ts';

const original = readBriefingSource('real');
const dir = tempDir('briefing-dev-');
const file = join(dir, `${slug}.mdx`);
let server: DevServer;

/** The key figure shown in a chart: the one the dev loop edits. */
const { briefing } = validateBriefingSource(original);
const chart = briefing!.charts.find((c): c is BarChart => c.kind === 'bar' && c.items.length > 2)!;
const figureId = chart.highlight;
const figure = briefing!.figures.find((f) => f.id === figureId)!;

async function page() {
  const response = await fetch(`${server.url}/briefings/${slug}/`);
  return { status: response.status, html: parse(await response.text()) };
}

/** What the page shows for the edited figure: inline text, key-figure card, chart data and table. */
async function shown() {
  const { status, html } = await page();
  if (status !== 200) return undefined;
  const canvas = html.querySelector(`#chart-${chart.id} canvas`);
  const config = JSON.parse(canvas?.getAttribute('data-chart') ?? 'null');
  const row = chart.items.findIndex((item) => 'figure' in item && item.figure === figureId);
  return {
    inline: html.querySelector(`.fig[data-figure="${figureId}"]`)?.textContent.trim(),
    card: html.querySelector(`#figure-${figureId} .key-figure-value`)?.textContent.trim(),
    bar: config?.data.datasets[0].data[row],
    cell: html.querySelectorAll(`#chart-${chart.id} tbody tr`)[row]?.querySelectorAll('td')[0]?.textContent.trim(),
  };
}

function expectedView(text: string) {
  const result = validateBriefingSource(text);
  return buildBriefingView(slug, resolveShownText(result.briefing!), result.body);
}

beforeAll(async () => {
  writeFileSync(file, original);
  server = await startDevServer(dir);
});

afterAll(async () => {
  await server?.stop();
});

describe('npm run dev', () => {
  test('serves the briefing with the figures from the file', async () => {
    const view = expectedView(original);
    const current = await waitFor(shown, 'the first page');
    expect(current.inline).toBe(view.figures.get(figureId)!.inline);
    expect(current.bar).toBe(figure.value);
  });

  test('updates inline numbers, key figure, chart and table after an edit, without a restart', async () => {
    const edited = editFigure(original, figureId, String(figure.value + 1));
    const view = expectedView(edited);
    writeFileSync(file, edited);
    const after = await waitFor(async () => {
      const s = await shown();
      return s?.bar === figure.value + 1 ? s : undefined;
    }, 'the edited value');
    expect(after.inline).toBe(view.figures.get(figureId)!.inline);
    expect(after.card).toBe(view.figures.get(figureId)!.value);
    expect(after.cell).toBe(view.charts.get(chart.id)!.table.rows.find((r) => r.highlight)!.cells[1]);
  });

  test('answers an invalid edit with an error, and recovers when it is fixed', async () => {
    const broken = editFigure(original, figureId, '"not a number"', { quote: false });
    writeFileSync(file, broken);
    await waitFor(async () => ((await page()).status === 500 ? true : undefined), 'the error response');
    const issue = validateBriefingSource(broken).errors[0]!;
    // The same line as `npm run check` prints, after the file and line prefix.
    const message = formatContentIssue(`${slug}.mdx`, issue);
    expect(server.output()).toContain(message.slice(message.indexOf(' ') + 1));
    // Every route fails alike while the error stands: pages, the 404 page, images, downloads, robots.txt.
    const routes = ['/', '/no-such-page/', '/og/home.png', `/briefings/${slug}/figures.csv`, '/robots.txt'];
    for (const route of routes) {
      const response = await fetch(server.url + route);
      expect([route, response.status]).toEqual([route, 500]);
    }
    writeFileSync(file, original);
    const recovered = await waitFor(
      async () => {
        const s = await shown();
        return s?.bar === figure.value ? s : undefined;
      },
      'recovery',
      90_000,
    );
    expect(recovered.inline).toBe(expectedView(original).figures.get(figureId)!.inline);
  });
});

describeInBrowser('the dev error overlay', () => {
  test('shows the same error text as npm run check', async () => {
    const broken = editFigure(original, figureId, '"not a number"', { quote: false });
    writeFileSync(file, broken);
    await waitFor(async () => ((await page()).status === 500 ? true : undefined), 'the error response');
    const browser = await launchChromium();
    try {
      const tab = await browser.newPage();
      await tab.goto(`${server.url}/briefings/${slug}/`);
      const overlay = await waitFor(
        () => tab.evaluate(() => document.querySelector('vite-error-overlay')?.shadowRoot?.textContent ?? undefined),
        'the overlay',
      );
      const issue = validateBriefingSource(broken).errors[0]!;
      const line = formatContentIssue('x', issue);
      expect(overlay).toContain(line.slice(line.indexOf(' ') + 1));
    } finally {
      await browser.close();
      writeFileSync(file, original);
    }
  });
});

describe('npm run dev, started on a broken briefing', () => {
  test('starts, answers every route with the error npm run check gives, and serves the briefing once it is fixed', async () => {
    const brokenDir = tempDir('briefing-dev-broken-');
    const brokenFile = join(brokenDir, `${slug}.mdx`);
    const broken = editFigure(original, figureId, '"not a number"', { quote: false });
    writeFileSync(brokenFile, broken);
    // Astro runs one dev server per project at a time.
    await server.stop();
    server = await startDevServer(brokenDir, { answered: true });
    const message = formatContentIssue(`${slug}.mdx`, validateBriefingSource(broken).errors[0]!);
    expect(server.output()).toContain(message.slice(message.indexOf(' ') + 1));
    for (const route of ['/', `/briefings/${slug}/`, '/companies/']) {
      const response = await fetch(server.url + route);
      expect([route, response.status]).toEqual([route, 500]);
    }
    writeFileSync(brokenFile, original);
    const fixed = await waitFor(async () => {
      const s = await shown();
      return s?.bar === figure.value ? s : undefined;
    }, 'the fixed briefing');
    expect(fixed.inline).toBe(expectedView(original).figures.get(figureId)!.inline);
    expect((await fetch(server.url + '/')).status).toBe(200);
  });
});
