import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, test } from 'vitest';
import { pageWeight } from '../bench/page-weights.ts';
import { readBriefingSource } from '../support/briefings.ts';
import { buildTempSite } from '../support/built-site.ts';

let outDir: string;
const page = (path: string) => parse(readFileSync(join(outDir, path, 'index.html'), 'utf8'));

beforeAll(() => {
  outDir = buildTempSite({ 'series.mdx': readBriefingSource('series'), 'minimal.mdx': readBriefingSource('minimal') });
});

describe('a briefing with charts over time', () => {
  test('marks each canvas with its kind, and keys the charts of several series in HTML', () => {
    const html = page('briefings/series');
    expect(html.querySelectorAll('canvas').map((c) => c.getAttribute('data-chart-kind'))).toEqual([
      'column',
      'line',
      'grouped-bar',
    ]);
    const keys = html
      .querySelectorAll('.chart-legend')
      .map((ul) => ul.querySelectorAll('li').map((li) => li.text.trim()));
    expect(keys).toEqual([
      ['Example Cloud', 'Sample Cloud'],
      ['Reported', "Analysts' estimate"],
    ]);
  });

  test('has a data table per chart with a column per series, and tags a figure in prose only where its sentence does not say its basis', () => {
    const html = page('briefings/series');
    const headers = html
      .querySelectorAll('table.data-table--values')
      .map((t) => t.querySelectorAll('thead th').map((th) => th.text.trim()));
    expect(headers).toEqual([
      ['Period', 'Example Cloud'],
      ['Period', 'Example Cloud', 'Sample Cloud'],
      ['Category', 'Reported', "Analysts' estimate"],
    ]);
    // A computed figure says so in prose, apart from its value, as its sentence does not.
    const computed = html.querySelector('.fig[data-figure="cloud-growth-change"]')!;
    expect(computed.text.trim().replace(/\s+/g, ' ')).toBe('40% (derived)');
    expect(computed.classList.contains('fig--derived')).toBe(true);
    expect(computed.querySelector('.fig-basis')?.text).toBe(' (derived)');
    // "against the <Fig> expected": the sentence says it is an estimate, so the tag is not repeated.
    const estimate = html.querySelector('.fig[data-figure="sales-growth-estimate"]')!;
    expect(estimate.querySelector('.fig-basis')).toBeNull();
    expect(estimate.text.trim()).toMatch(/^\d+(\.\d+)?%$/);
  });

  test('loads the code of charts over time only on a page that draws one, and of lines only where a line is', () => {
    const chunks = readdirSync(join(outDir, '_astro')).filter((f) => f.endsWith('.js'));
    const time = chunks.find((f) => f.startsWith('TimeChartScript.'));
    const line = chunks.find((f) => f.startsWith('LineChartScript.'));
    expect(time).toBeDefined();
    expect(line).toBeDefined();
    expect(readFileSync(join(outDir, '_astro', line!), 'utf8')).toContain('seriesLine');
    for (const other of chunks.filter((f) => f !== line))
      expect(readFileSync(join(outDir, '_astro', other), 'utf8')).not.toContain('seriesLine');
    const withLine = pageWeight(outDir, 'briefings/series/');
    const barsOnly = pageWeight(outDir, 'briefings/minimal/');
    const resultsOnly = pageWeight(outDir, 'briefings/series/results/');
    expect(withLine.chartKinds).toEqual(['column', 'grouped-bar', 'line']);
    expect(barsOnly.chartKinds).toEqual(['bar']);
    expect(resultsOnly.chartKinds).toEqual(['grouped-bar']);
    const bytes = (chunk: string) => readFileSync(join(outDir, '_astro', chunk)).length;
    expect(withLine.jsRaw - resultsOnly.jsRaw).toBeGreaterThanOrEqual(bytes(time!) + bytes(line!));
    const scripts = (path: string) =>
      page(path)
        .querySelectorAll('script[src]')
        .map((script) => script.getAttribute('src')!.replace(/^\/_astro\/(\w+)\..*$/, '$1'));
    expect(scripts('briefings/series')).toEqual(['TimeChartScript', 'LineChartScript', 'ChartScript']);
    expect(scripts('briefings/minimal')).toEqual(['ChartScript']);
    expect(scripts('briefings/series/results')).toEqual(['ChartScript']);
  });

  test('lists the briefings newest first on the home page', () => {
    const titles = page('')
      .querySelectorAll('.briefing-card h2')
      .map((h) => h.text.trim());
    expect(titles).toEqual(["Example Corp's cloud keeps speeding up", "Example Corp's widget rally"]);
  });
});
