import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseFeed } from '@rowanmanning/feed-parser';
import { parse, type HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, test } from 'vitest';
import { styleHash } from '../../src/lib/view/print-style.ts';
import { buildSite } from '../support/build-site.ts';
import { readBriefingSource } from '../support/briefings.ts';
import { writeBriefings } from '../support/briefing-folder.ts';
import { tempDir } from '../support/temp-dir.ts';

const site = 'https://briefings.example.org';
const minimal = readBriefingSource('minimal');
/** A second company's briefing, published later and updated since, by two named writers. */
const sample = minimal
  .replace("title: Example Corp's widget rally", 'title: Sample Inc under pressure')
  .replace(
    '  company: Example Corp\n  entity: example-corp\n  tickers: [EXC]',
    '  company: Sample Inc\n  entity: sample-inc',
  )
  .replace('published: 2024-03-02\nupdated: 2024-03-05', 'published: 2024-04-10\nupdated: 2024-04-12')
  .replace('asOf: One fictional', 'authors: [Jane Doe, Li Wei]\nasOf: One fictional');

let outDir: string;
const html = (path: string): HTMLElement => parse(readFileSync(join(outDir, path), 'utf8'));
const text = (el: HTMLElement | null | undefined) => el?.textContent.replace(/\s+/g, ' ').trim() ?? '';

beforeAll(() => {
  const work = tempDir('briefing-publication-');
  outDir = join(work, 'dist');
  const briefingsDir = writeBriefings(join(work, 'briefings'), { 'example.mdx': minimal, 'sample.mdx': sample });
  const result = buildSite(outDir, { briefingsDir, env: { SITE_URL: site } });
  if (result.status !== 0) throw new Error(`build failed:\n${result.output}`);
});

describe('the home page', () => {
  test('lists briefings newest first with company, one-line summary and dates', () => {
    const cards = html('index.html').querySelectorAll('.briefing-card');
    expect(cards.map((c) => text(c.querySelector('h2')))).toEqual([
      'Sample Inc under pressure',
      "Example Corp's widget rally",
    ]);
    expect(text(cards[0]!.querySelector('.eyebrow'))).toBe('Sample Inc');
    expect(cards[0]!.querySelector('.eyebrow a')!.getAttribute('href')).toBe('/companies/sample-inc/');
    // What the briefing is as of (its newest source's date) comes first, then the site's own dates.
    expect(text(cards[0]!.querySelector('.dates'))).toBe(
      'As of 1 March 2024 · Published 10 April 2024 · Updated 12 April 2024',
    );
    expect(cards[1]!.querySelectorAll('time').map((t) => t.getAttribute('datetime'))).toEqual([
      '2024-03-01',
      '2024-03-02',
      '2024-03-05',
    ]);
    expect(text(cards[1]!.querySelector('h2 + p'))).toMatch(/^Example Corp has been the strongest .+\.$/);
  });
});

describe("a briefing's authors", () => {
  test('are its byline, its JSON-LD authors and its feed entry authors; a briefing without them has none', () => {
    const page = html('briefings/sample/index.html');
    expect(text(page.querySelector('.briefing-header .byline'))).toBe('By Jane Doe and Li Wei');
    const jsonLd = JSON.parse(page.querySelector('script[type="application/ld+json"]')!.textContent);
    expect(jsonLd.author).toEqual([
      { '@type': 'Person', name: 'Jane Doe' },
      { '@type': 'Person', name: 'Li Wei' },
    ]);
    const entry = parseFeed(readFileSync(join(outDir, 'feed.xml'), 'utf8')).items[0]!;
    expect(entry.authors.map((a) => a.name)).toEqual(['Jane Doe', 'Li Wei']);
    expect(html('briefings/example/index.html').querySelector('.byline')).toBeNull();
  });
});

describe('the page-not-found page', () => {
  test('lists the briefings newest first, as the home page does, not A to Z', () => {
    const links = html('404.html').querySelectorAll('.briefing-list a');
    expect(links.map((a) => [text(a), a.getAttribute('href')])).toEqual([
      ['Sample Inc under pressure', '/briefings/sample/'],
      ["Example Corp's widget rally", '/briefings/example/'],
    ]);
  });
});

describe('the site address (SITE_URL)', () => {
  test('is used for canonical links, share images, feeds and the sitemap', () => {
    const page = html('briefings/example/index.html');
    expect(page.querySelector('link[rel="canonical"]')!.getAttribute('href')).toBe(`${site}/briefings/example/`);
    expect(page.querySelector('meta[property="og:image"]')!.getAttribute('content')).toBe(
      `${site}/og/briefings/example.png`,
    );
    expect(readFileSync(join(outDir, 'sitemap-0.xml'), 'utf8')).toContain(`<loc>${site}/companies/</loc>`);
    expect(readFileSync(join(outDir, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${site}/sitemap-index.xml`);
    expect(parseFeed(readFileSync(join(outDir, 'feed.xml'), 'utf8')).self).toBe(`${site}/feed.xml`);
  });

  test('is printed before each site-relative link and at the top of the page, the print rule allowed by its hash', () => {
    const page = html('briefings/example/sales/index.html');
    const style = page.querySelectorAll('style').find((s) => s.textContent.includes('attr(href)'))!;
    expect(style.textContent).toBe(`@media print{html a[href^='/']::after{content:' (' '${site}' attr(href) ')'}}`);
    const policy = page.querySelector('meta[http-equiv="content-security-policy"]')!.getAttribute('content')!;
    expect(policy).toMatch(new RegExp(`style-src [^;]*'${styleHash(style.textContent).replace(/[+/]/g, '\\$&')}'`));
    expect(text(page.querySelector('.print-source'))).toBe(`Investor Briefings · ${site}/briefings/example/`);
  });
});

describe('a SITE_URL that is not an address', () => {
  test('stops the build with the value it found, leaving the site as it was', () => {
    const before = readFileSync(join(outDir, 'index.html'), 'utf8');
    const result = buildSite(outDir, { env: { SITE_URL: 'briefings.example.org' } });
    expect(result.status).toBe(1);
    expect(result.output).toContain(
      'SITE_URL: expected an absolute address such as https://briefings.example.org, found "briefings.example.org"',
    );
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe(before);
  });
});

describe('feeds', () => {
  test('the site feed lists every briefing, most recently changed first, with what changed', () => {
    const feed = parseFeed(readFileSync(join(outDir, 'feed.xml'), 'utf8'));
    expect(feed.title).toBe('Investor Briefings');
    expect(feed.items.map((i) => [i.title, i.url])).toEqual([
      ['Sample Inc under pressure', `${site}/briefings/sample/`],
      ["Example Corp's widget rally", `${site}/briefings/example/`],
    ]);
    expect(feed.items[0]!.content).toContain('<p>Updated 12 April 2024.</p>');
    // The briefing's key figures and share image, with the site's address, not the summary twice.
    expect(feed.items[0]!.content).toContain('<p>Key figures:</p>');
    expect(feed.items[0]!.content).toContain(`<img src="${site}/og/briefings/sample.png"`);
    expect(feed.language).toBe('en');
  });

  test('each company a briefing is about has a feed of its own at /companies/<entity>/feed.xml', () => {
    const feed = parseFeed(readFileSync(join(outDir, 'companies/sample-inc/feed.xml'), 'utf8'));
    expect(feed.title).toBe('Sample Inc · Investor Briefings');
    expect(feed.items.map((i) => i.url)).toEqual([`${site}/briefings/sample/`]);
    expect(existsSync(join(outDir, 'companies/example-corp/feed.xml'))).toBe(true);
    expect(existsSync(join(outDir, 'companies/demo-ltd/feed.xml'))).toBe(false);
  });

  test('pages point feed readers at the feeds that follow them', () => {
    const alternates = (path: string) =>
      html(path)
        .querySelectorAll('link[rel="alternate"][type="application/atom+xml"]')
        .map((l) => l.getAttribute('href'));
    expect(alternates('index.html')).toEqual([`${site}/feed.xml`]);
    expect(alternates('briefings/sample/index.html')).toEqual([
      `${site}/feed.xml`,
      `${site}/companies/sample-inc/feed.xml`,
    ]);
  });
});

describe('the company index', () => {
  test('lists each company and index the briefings are about or cite, with links to its page and briefings', () => {
    const companies = html('companies/index.html').querySelectorAll('.company');
    expect(companies.map((c) => text(c.querySelector('h2')))).toEqual([
      'Demo Ltd',
      'Example Corp',
      'Sample Inc',
      'Widget Index',
    ]);
    expect(companies.map((c) => c.querySelector('h2 a')!.getAttribute('href'))).toEqual([
      '/companies/demo-ltd/',
      '/companies/example-corp/',
      '/companies/sample-inc/',
      '/companies/widget-index/',
    ]);
    const sample = companies.find((c) => c.id === 'company-sample-inc')!;
    expect(sample.querySelector('.company-feed a')!.getAttribute('href')).toBe('/companies/sample-inc/feed.xml');
    expect(sample.querySelectorAll('ul a').map((a) => [text(a), a.getAttribute('href')])).toEqual([
      ['Sample Inc under pressure', '/briefings/sample/'],
      ["Example Corp's widget rally", '/briefings/example/'],
    ]);
    expect(text(sample.querySelector('li'))).toContain('(about the company)');
  });
});

describe('headings a reader may link to', () => {
  test.each([
    ['claims', 'Checked claims'],
    ['sources', 'Sources'],
    ['data', 'Data'],
  ])('#%s (%s) has an anchor link like the sections', (id, title) => {
    const heading = html('briefings/example/index.html').getElementById(id)!;
    expect(heading.querySelector('a.heading-anchor')!.getAttribute('href')).toBe(`#${id}`);
    expect(text(heading.querySelector('.visually-hidden'))).toBe(`Link to section: ${title}`);
  });

  test("a section's heading links to itself and to the section's share page", () => {
    const heading = html('briefings/example/index.html').getElementById('sales')!;
    const links = heading.querySelectorAll('a').map((a) => [a.getAttribute('href'), text(a)]);
    expect(links).toEqual([
      ['#sales', '#Link to section: Sales outlook'],
      ['/briefings/example/sales/', 'Share page for section: Sales outlook'],
    ]);
  });
});

describe('the context and the copy-link button', () => {
  test('appear once on a briefing page, in its header, not beside every section', () => {
    const page = html('briefings/example/index.html');
    expect(page.querySelectorAll('.section-context')).toEqual([]);
    const buttons = page.querySelectorAll('.section-tools button.copy-button');
    expect(buttons.map((b) => [b.getAttribute('data-copy-path'), text(b)])).toEqual([
      ['/briefings/example/', 'Copy link to this briefing'],
    ]);
    expect(buttons[0]!.closest('header')!.id).toBe('briefing-header');
    const asOf = page.querySelector('#briefing-header .as-of')!;
    expect(text(asOf)).toBe('Based on: One fictional trade report, written for tests. Not investment advice.');
    expect(asOf.querySelector('a')!.getAttribute('href')).toBe('#disclaimer');
  });

  test("appear on a share page with its own dates, its link, and the section's lead as its description", () => {
    const page = html('briefings/example/sales/index.html');
    expect(page.querySelectorAll('.section-context').length).toBe(1);
    expect(text(page.querySelector('header .dates'))).toBe(
      'As of 1 March 2024 · Published 2 March 2024 · Updated 5 March 2024',
    );
    const copy = page.querySelector('header .section-tools button.copy-button')!;
    expect(copy.getAttribute('data-copy-path')).toBe('/briefings/example/sales/');
    expect(page.querySelectorAll('[data-copy-status]').length).toBe(1);
    // Each chart keeps its "Copy citation" and "Copy embed code" on the share page.
    expect(
      page.querySelectorAll('.chart-tools button.copy-button').map((b) => b.textContent.trim().split(/\s+/)[1]),
    ).toEqual(['citation', 'embed']);
    const description =
      'Sales are expected to grow by 12.5% next year, against 8% at Sample Inc. The company opened four new factories last year.';
    for (const key of ['description', 'og:description'])
      expect(page.querySelector(`meta[name="${key}"], meta[property="${key}"]`)!.getAttribute('content')).toBe(
        description,
      );
  });
});

describe('the search index', () => {
  test('is written into the site, covering the briefings, the company index and the company pages only', () => {
    expect(existsSync(join(outDir, 'pagefind/pagefind.js'))).toBe(true);
    const entry = JSON.parse(readFileSync(join(outDir, 'pagefind/pagefind-entry.json'), 'utf8'));
    // Two briefings, the company index and four company pages (three companies and an index).
    expect(entry.languages.en.page_count).toBe(7);
  });

  test("leaves out Pagefind's ready-made interfaces, which the site's own search panel does not load", () => {
    const files = readdirSync(join(outDir, 'pagefind'));
    expect(files).toEqual(expect.arrayContaining(['pagefind.js', 'pagefind-worker.js', 'pagefind-entry.json']));
    expect(files.filter((name) => /-ui\.|highlight/.test(name))).toEqual([]);
  });

  test('knows each heading by its title alone, without its anchor link or copy button', () => {
    const dir = join(outDir, 'pagefind/fragment');
    const pages = readdirSync(dir).map(
      (name) =>
        JSON.parse(
          gunzipSync(readFileSync(join(dir, name)))
            .toString('utf8')
            .replace(/^[^{]*/, ''),
        ) as {
          url: string;
          anchors: { element: string; id: string; text: string }[];
        },
    );
    const page = pages.find((p) => p.url === '/briefings/example/')!;
    const headings = page.anchors.filter((a) => a.element === 'h2').map((a) => [a.id, a.text]);
    expect(headings).toEqual(
      expect.arrayContaining([
        ['claims', 'Checked claims'],
        ['sources', 'Sources'],
        ['data', 'Data'],
      ]),
    );
    expect(headings.filter(([, text]) => /Link to section|Copy link|Share page/.test(text!))).toEqual([]);
  });

  test("quotes a company page's figures in excerpts, not its tables' column headings", () => {
    const dir = join(outDir, 'pagefind/fragment');
    const pages = readdirSync(dir).map(
      (name) =>
        JSON.parse(
          gunzipSync(readFileSync(join(dir, name)))
            .toString('utf8')
            .replace(/^[^{]*/, ''),
        ) as { url: string; content: string },
    );
    const company = pages.find((p) => p.url === '/companies/example-corp/')!;
    expect(company.content).toMatch(/\d%/);
    expect(company.content).not.toMatch(/Period\.? ?Value|Value\.? ?Basis|Where it appears/);
  });

  test('leads to the company index where JavaScript cannot open it', () => {
    const header = html('index.html').querySelector('.site-nav')!;
    expect(header.querySelector('a[data-search-fallback]')!.getAttribute('href')).toBe('/companies/');
    expect(header.querySelector('button[data-search-toggle]')!.hasAttribute('hidden')).toBe(true);
  });
});
