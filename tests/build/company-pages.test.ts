import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildSite } from '../support/build-site.ts';
import { buildTempSite } from '../support/built-site.ts';
import { editOnce, readPublicationSource } from '../support/publication.ts';
import { tempDir } from '../support/temp-dir.ts';

let outDir: string;
const read = (path: string): HTMLElement => parse(readFileSync(join(outDir, path, 'index.html'), 'utf8'));
const text = (el: HTMLElement | null | undefined) => el?.textContent.replace(/\s+/g, ' ').trim() ?? '';
const hrefs = (els: HTMLElement[]) => els.map((a) => a.getAttribute('href'));

/** Example Corp with its listings, in both briefings, as an entity that lists them gives them. */
const listed = (text: string) =>
  editOnce(
    text,
    '  - { id: example-corp, name: Example Corp, kind: company, fiscalYearEnd: March }',
    '  - { id: example-corp, name: Example Corp, kind: company, fiscalYearEnd: March, listings: [{ exchange: Example Exchange, ticker: EXC }, { exchange: Sample Board, ticker: "0042" }] }',
  );

beforeAll(() => {
  outDir = buildTempSite({
    // The spring briefing also names a company it gives no figure for, and a key figure of another
    // company beside the subject's own.
    'widgets-spring.mdx': editOnce(
      listed(
        readPublicationSource('spring').replace(
          'keyFigures:\n  - example-growth-march\n',
          'keyFigures:\n  - example-growth-march\n  - sample-growth-march\n',
        ),
      ),
      '  - { id: widget-index, name: Widget Index, kind: index }',
      '  - { id: widget-index, name: Widget Index, kind: index }\n  - { id: quiet-co, name: Quiet Co, kind: company }',
    ),
    'widgets-summer.mdx': listed(readPublicationSource('summer')),
  });
});

describe('the built company pages', () => {
  test('exist for every company and index the briefings are about or cite, each linked from the company index', () => {
    const index = read('companies');
    expect(hrefs(index.querySelectorAll('.company h2 a'))).toEqual([
      '/companies/example-corp/',
      '/companies/quiet-co/',
      '/companies/sample-inc/',
      '/companies/widget-index/',
    ]);
    for (const entity of ['example-corp', 'quiet-co', 'sample-inc', 'widget-index'])
      expect(existsSync(join(outDir, 'companies', entity, 'index.html')), entity).toBe(true);
  });

  test("list the company's briefings newest first", () => {
    const page = read('companies/example-corp');
    expect(text(page.querySelector('h1'))).toBe('Example Corp');
    expect(hrefs(page.querySelectorAll('.briefing-list h3 a'))).toEqual([
      '/briefings/widgets-summer/',
      '/briefings/widgets-spring/',
    ]);
  });

  test('say what each briefing is to the company in the words of its kind, on the company index and its page', () => {
    const roles = (el: HTMLElement) => el.querySelectorAll('.company-role').map((r) => text(r));
    const index = read('companies');
    expect(roles(index.getElementById('company-widget-index')!)).toEqual(['(cites the index)']);
    expect(roles(index.getElementById('company-sample-inc')!)).toEqual(['(cites the company)', '(cites the company)']);
    expect(roles(index.getElementById('company-example-corp')!)).toEqual([
      '(about the company)',
      '(about the company)',
    ]);
    expect(roles(read('companies/widget-index'))).toEqual(['(cites the index)']);
    expect(roles(read('companies/sample-inc'))).toEqual(['(cites the company)', '(cites the company)']);
  });

  test("leave the figures tables' column headings out of search, as briefing tables do", () => {
    for (const head of read('companies/example-corp').querySelectorAll('table.company-figures thead'))
      expect(head.hasAttribute('data-pagefind-ignore')).toBe(true);
  });

  test('head the page with the listings and the fiscal year its entity states', () => {
    const header = read('companies/example-corp').querySelector('header.briefing-header')!;
    expect(text(header.querySelector('.listings'))).toBe('Shares listed: Example Exchange: EXC · Sample Board: 0042');
    expect(text(header.querySelector('.fiscal-year'))).toBe(
      "Example Corp's fiscal year ends in March: fiscal 2025 runs from 1 April 2024 to 31 March 2025, its first quarter April to June.",
    );
    const sample = read('companies/sample-inc').querySelector('header.briefing-header')!;
    expect(sample.querySelector('.listings')).toBeNull();
    expect(sample.querySelector('.fiscal-year')).toBeNull();
  });

  test("name each metric without the company's name, over one table a row per period and value", () => {
    const page = read('companies/example-corp');
    const metric = page.querySelector('section.company-metric')!;
    expect(text(metric.querySelector('h3')).replace(/#.*/, '')).toBe('Sales growth');
    const tables = metric.querySelectorAll('table');
    expect(tables).toHaveLength(1);
    expect(tables[0]!.querySelector('caption')).toBeNull();
    expect(tables[0]!.getAttribute('aria-labelledby')).toBe('metric-example-corp-sales-growth');
    const rows = tables[0]!.querySelectorAll('tbody tr');
    expect(
      rows.map((row) => [
        text(row.querySelector('th')),
        text(row.querySelector('.company-value')),
        text(row.querySelector('.company-basis')),
        row.querySelectorAll('.company-where a').map((a) => text(a)),
      ]),
    ).toEqual([
      [
        'The quarter to 31 March 2024 (Q4 of fiscal 2024)',
        '12%',
        'reported',
        ["Example Corp's summer quarter, Results", "Example Corp's spring quarter, Results"],
      ],
      [
        'The quarter to 30 June 2024 (Q1 of fiscal 2025)',
        '11% (was projected at 10%)',
        'reported',
        ["Example Corp's summer quarter, Results"],
      ],
      [
        'The quarter to 30 June 2024 (Q1 of fiscal 2025)',
        '10%',
        'projected',
        ["Example Corp's spring quarter, Outlook"],
      ],
    ]);
    for (const href of hrefs(rows.flatMap((row) => row.querySelectorAll('a')))) {
      const [path, fragment] = href!.split('#');
      expect(read(path!).getElementById(fragment!), href!).not.toBeNull();
    }
  });

  test('chart a metric over its periods as columns on a time axis, under its heading, with a source line and pictures', () => {
    const page = read('companies/example-corp');
    const chart = page.querySelector('figure.chart')!;
    expect(chart.getAttribute('id')).toBe('chart-metric-example-corp-sales-growth');
    expect(chart.getAttribute('aria-labelledby')).toBe('metric-example-corp-sales-growth');
    expect(chart.querySelector('.chart-title')).toBeNull();
    expect(chart.querySelector('table')).toBeNull();
    const canvas = chart.querySelector('canvas')!;
    expect(canvas.getAttribute('data-chart-kind')).toBe('column');
    expect(JSON.parse(canvas.getAttribute('data-chart')!).data.labels).toEqual(['Jan–Mar 2024', 'Apr–Jun 2024']);
    expect(canvas.getAttribute('aria-label')).toBe('Sales growth. Jan–Mar 2024: 12%. Apr–Jun 2024: 11%.');
    expect(text(chart.querySelector('.chart-caption'))).toBe('Reported values, Jan–Mar 2024 to Apr–Jun 2024.');
    expect(text(chart.querySelector('.chart-source'))).toMatch(
      /^Source: “Fictional report on widget makers' summer quarter/,
    );
    const image = chart.querySelector('.chart-picture img')!.getAttribute('src')!;
    expect(readFileSync(join(outDir, image)).subarray(1, 4).toString()).toBe('PNG');
    // The page brings the pieces charts over time need, before the chart script; a page without charts neither.
    const scripts = (path: string) =>
      read(path)
        .querySelectorAll('script[src]')
        .map((script) => script.getAttribute('src')!.replace(/^\/_astro\/(\w+)\..*$/, '$1'));
    // (Every page has the site's own script, the search opener, besides.)
    const chartScripts = (path: string) => scripts(path).filter((name) => name !== 'Base');
    expect(chartScripts('companies/example-corp')).toEqual(['TimeChartScript', 'ChartScript']);
    expect(chartScripts('companies/quiet-co')).toEqual([]);
  });

  test('let a chart travel: its CSV, credited pictures, embed code, embed page and oEmbed answer', () => {
    const site = 'https://briefings.example.com';
    const page = read('companies/example-corp');
    const chart = page.querySelector('figure.chart')!;
    const base = '/companies/example-corp/charts/metric-example-corp-sales-growth';
    const embedPath = '/embed/companies/example-corp/metric-example-corp-sales-growth/';
    const tools = chart.querySelector('.chart-tools')!;
    expect(tools.querySelectorAll('a[download]').map((a) => a.getAttribute('href'))).toEqual([
      `${base}.csv`,
      `${base}-download.png`,
      `${base}-download-dark.png`,
    ]);
    const csv = readFileSync(join(outDir, `${base}.csv`), 'utf8');
    expect(csv.split('\r\n')[1]).toMatch(/^The quarter to 31 March 2024 .*,12%,/);
    for (const suffix of ['-download.png', '-download-dark.png'])
      expect(
        readFileSync(join(outDir, `${base}${suffix}`))
          .subarray(1, 4)
          .toString(),
      ).toBe('PNG');
    expect(tools.querySelector('button[data-copy-snippet]')?.getAttribute('data-copy-snippet')).toContain(
      `<iframe src="${site}${embedPath}" title="Chart: Example Corp: Sales growth"`,
    );
    // Away from the company page the chart names its company; its credit links back to the chart.
    const embed = read(embedPath.slice(1));
    expect(text(embed.querySelector('h1'))).toBe('Example Corp: Sales growth');
    expect(embed.querySelector('.embed-credit a')?.getAttribute('href')).toBe(
      `${site}/companies/example-corp/#chart-metric-example-corp-sales-growth`,
    );
    const answer = JSON.parse(readFileSync(join(outDir, embedPath, 'oembed.json'), 'utf8'));
    expect(answer).toMatchObject({ type: 'rich', title: 'Example Corp: Sales growth' });
    expect(
      page.querySelector(`link[type="application/json+oembed"][href="${site}${embedPath}oembed.json"]`),
    ).not.toBeNull();
  });

  test('list the figures of metrics with one period in one table, each metric named once over its rows', () => {
    const table = read('companies/widget-index').querySelector('table.company-figures')!;
    expect(
      table.querySelectorAll('tbody').map((body) => [body.getAttribute('id'), text(body.querySelector('th'))]),
    ).toEqual([['metric-widget-index-index-gain', 'Gain']]);
  });

  test('give a company without figures no Figures heading, and a card that counts no figures', () => {
    const page = read('companies/quiet-co');
    expect(page.getElementById('figures')).toBeNull();
    expect(page.querySelector('table')).toBeNull();
    const alt = page.querySelector('meta[property="og:image:alt"]')!.getAttribute('content');
    expect(alt).toBe('Quiet Co: 1 briefing.');
  });

  test('link each briefing to the earlier and later briefing on its company', () => {
    const neighbours = (slug: string) =>
      read(`briefings/${slug}`)
        .querySelectorAll('.company-neighbours .neighbour')
        .map((li) => [text(li.querySelector('.neighbour-direction')), li.querySelector('a')!.getAttribute('href')]);
    expect(neighbours('widgets-spring')).toEqual([['Later on Example Corp', '/briefings/widgets-summer/']]);
    expect(neighbours('widgets-summer')).toEqual([['Earlier on Example Corp', '/briefings/widgets-spring/']]);
  });

  test("show the company's listings in the briefing header", () => {
    const header = read('briefings/widgets-spring').querySelector('header.briefing-header')!;
    expect(text(header.querySelector('.listings'))).toBe('Shares listed: Example Exchange: EXC · Sample Board: 0042');
  });

  test('are linked from the briefing header, its key figures and its chart tables', () => {
    const page = read('briefings/widgets-spring');
    expect(hrefs(page.querySelectorAll('.briefing-header .eyebrow a'))).toEqual(['/companies/example-corp/']);
    // A key figure links another company's page; the subject's, which the header links, it names
    // without a link, and no label links to its own card.
    expect(hrefs(page.querySelectorAll('.key-figure-meta a'))).toEqual(['/companies/sample-inc/']);
    expect(text(page.querySelector('.key-figure-meta'))).toMatch(/^Example Corp · /);
    expect(page.querySelectorAll('.key-figure-label a')).toEqual([]);
    expect(hrefs(page.querySelectorAll('.chart .data-table tbody th a'))).toEqual([
      '/companies/example-corp/',
      '/companies/sample-inc/',
    ]);
  });
});

describe('a build whose briefings give one number two values', () => {
  test('fails naming both files, their lines and values', () => {
    const work = tempDir('company-disagree-');
    const briefings = join(work, 'briefings');
    mkdirSync(briefings);
    writeFileSync(join(briefings, 'widgets-spring.mdx'), readPublicationSource('spring'));
    writeFileSync(
      join(briefings, 'widgets-summer.mdx'),
      editOnce(
        editOnce(readPublicationSource('summer'), '    value: 12\n', '    value: 13\n'),
        'after 12%',
        'after 13%',
      ),
    );
    const result = buildSite(join(work, 'dist'), { briefingsDir: briefings });
    expect(result.status).toBe(1);
    expect(result.output).toMatch(
      /widgets-summer\.mdx:40 figures\[1\]\.value: expected 12% as \S*widgets-spring\.mdx:28 figures\[0\]\.value gives Example Corp sales growth \(reported\) for the quarter to 31 March 2024 \(Q4 of fiscal 2024\), found 13%/,
    );
    expect(existsSync(join(work, 'dist'))).toBe(false);
  });
});
