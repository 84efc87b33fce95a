import { readFileSync } from 'node:fs';
import { resolveShownText } from '../../src/lib/model/shown-text.ts';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, test } from 'vitest';
import { firstSentence } from '../../src/lib/view/briefing-list.ts';
import { buildBriefingView, type BriefingView } from '../../src/lib/view/briefing-view.ts';
import { validateBriefingSource } from '../../src/lib/validate/validate-briefing-source.ts';
import { readBriefingSource, realBriefingSlug as slug } from '../support/briefings.ts';
import { buildSite } from '../support/build-site.ts';
import { tempDir } from '../support/temp-dir.ts';

const source = readBriefingSource('real');
let view: BriefingView;
let page: HTMLElement;
let home: HTMLElement;
let outDir: string;

beforeAll(() => {
  const { briefing, body } = validateBriefingSource(source);
  if (!briefing) throw new Error('the real briefing does not validate');
  view = buildBriefingView(slug, resolveShownText(briefing), body);
  outDir = join(tempDir('briefing-build-'), 'dist');
  const result = buildSite(outDir);
  if (result.status !== 0) throw new Error(`build failed:\n${result.output}`);
  page = parse(readFileSync(join(outDir, 'briefings', slug, 'index.html'), 'utf8'));
  home = parse(readFileSync(join(outDir, 'index.html'), 'utf8'));
});

const text = (el: HTMLElement | null | undefined) => el?.textContent.replace(/\s+/g, ' ').trim() ?? '';

describe('the built briefing page', () => {
  test('writes apostrophes one way, prose as its author typed them like every title and label', () => {
    const words = text(page.querySelector('main'));
    expect(words).toMatch(/China's|Alibaba's/);
    expect(words.match(/\w’\w/g) ?? []).toEqual([]);
  });

  test('renders every inline figure from the data, with its basis', () => {
    const inline = page.querySelectorAll('.fig');
    // Every figure the prose cites, and no other, is rendered inline.
    expect(new Set(inline.map((el) => el.getAttribute('data-figure')))).toEqual(
      new Set(view.sections.flatMap((s) => s.figures)),
    );
    for (const el of inline) expect(text(el)).toBe(view.figures.get(el.getAttribute('data-figure')!)!.inline);
  });

  test('shows every figure with its value where that figure is placed: prose, key figures or a chart table', () => {
    for (const figure of view.figures.values()) {
      const places = [
        ...page.querySelectorAll(`[data-figure="${figure.id}"]`),
        ...[page.getElementById(figure.anchor)].filter((el) => el !== null),
      ];
      expect(places.length, `figure ${figure.id} is shown nowhere`).toBeGreaterThan(0);
      // Running text writes a length of time or a count under ten in words ("four months").
      for (const place of places)
        expect(text(place)).toContain(place.classList.contains('fig') ? figure.inline.split(' (')[0] : figure.value);
    }
  });

  test('has a key-figures strip with an anchor per figure', () => {
    for (const figure of view.keyFigures) {
      const card = page.getElementById(figure.anchor);
      expect(text(card)).toContain(figure.value);
      expect(text(card)).toContain(figure.basisLabel);
    }
  });

  test('gives every section a heading with its pinned id, listed in the contents', () => {
    const toc = page.querySelectorAll('.toc a').map((a) => a.getAttribute('href'));
    for (const section of view.sections) {
      const heading = page.getElementById(section.id);
      expect(heading?.tagName).toBe(`H${section.level}`);
      expect(text(heading)).toContain(section.title);
      expect(toc).toContain(`#${section.id}`);
    }
  });

  test('renders in each section the charts and figures its prose places there, in order', () => {
    for (const section of view.sections) {
      const block = page.querySelector(`section[aria-labelledby="${section.id}"]`);
      const charts = block?.querySelectorAll('figure[id^="chart-"]').map((el) => el.id) ?? [];
      const figures = block?.querySelectorAll('.fig').map((el) => el.getAttribute('data-figure')) ?? [];
      expect(charts, section.id).toEqual(section.charts.map((id) => view.charts.get(id)!.anchor));
      expect([...new Set(figures)], section.id).toEqual(section.figures);
    }
  });

  test('renders each chart in a figure with caption, source line, labelled canvas and data table', () => {
    for (const chart of view.charts.values()) {
      const figure = page.getElementById(chart.anchor);
      expect(figure?.tagName).toBe('FIGURE');
      expect(text(figure?.querySelector('figcaption'))).toContain(chart.caption);
      expect(text(figure?.querySelector('.chart-source'))).toBe(chart.sourceLine);
      const canvas = figure?.querySelector('canvas');
      // Below the lead, a chart's picture loads as it nears the screen.
      expect(figure?.querySelector('.chart-picture img')?.getAttribute('loading')).toBe('lazy');
      expect(figure?.querySelector('.chart-picture img')?.hasAttribute('fetchpriority')).toBe(false);
      expect(canvas?.getAttribute('role')).toBe('img');
      expect(canvas?.getAttribute('aria-label')).toBe(chart.summary);
      expect(JSON.parse(canvas?.getAttribute('data-chart') ?? 'null')).toEqual(chart.config);
      const rows = figure!.querySelectorAll('tbody tr').map((tr) => tr.querySelectorAll('th, td').map(text));
      expect(rows).toEqual(chart.table.rows.map((row) => row.cells));
    }
  });

  test('shows a figure referenced in frontmatter text as the figure, never as the tag', () => {
    const rally = page.getElementById('chart-rally');
    expect(text(rally?.querySelector('.chart-caption'))).toContain(
      `Index's ${view.figures.get('hstech-rally-gain')!.inline}, so its bar`,
    );
    expect(page.toString()).not.toMatch(/&lt;Fig|<Fig/);
  });

  test('draws no bar for a company the source ranks without a number', () => {
    const rally = view.charts.get('rally')!;
    const data = rally.config.data.datasets[0]!.data;
    rally.table.rows.forEach((row, i) => {
      if (row.cells[1] === 'Not stated') expect(data[i]).toBeNull();
    });
    expect(data.some((value) => value === null)).toBe(true);
  });

  test('lists the checked claims, the sources and the disclaimer', () => {
    // The statement, then its evidence, apart: a sentence per figure, its label then its value.
    for (const claim of view.claims)
      expect(page.getElementById(claim.anchor)!.textContent).toBe(`${claim.statement} ${claim.evidence}`);
    expect(text(page.getElementById('claim-cloud-ahead-of-baidu'))).toBe(
      "Alibaba's cloud business grew faster than Baidu's last quarter. Alibaba cloud growth: 13%. Baidu cloud growth: 7.7%.",
    );
    expect(text(page.getElementById('sources')?.parentNode)).toContain(view.sources[0]!.title);
    expect(text(page.querySelector('.disclaimer'))).toContain(view.disclaimer);
  });

  test('loads only scripts bundled by the site, under a Content Security Policy', () => {
    const csp = page.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    for (const script of page.querySelectorAll('script[src]'))
      expect(script.getAttribute('src')).toMatch(/^\/_astro\//);
  });
});

describe('the data downloads', () => {
  const download = (name: string) => readFileSync(join(outDir, 'briefings', slug, name), 'utf8');

  test('are linked from the page and from every chart', () => {
    expect(page.querySelector(`.data-downloads a[href="${view.urls.csv}"]`)).not.toBeNull();
    expect(page.querySelector(`a[href="${view.urls.json}"]`)).not.toBeNull();
    for (const chart of view.charts.values()) {
      expect(page.getElementById(chart.anchor)?.querySelector(`a[href="${chart.csvPath}"]`)?.textContent).toContain(
        'Get the data',
      );
    }
  });

  test('give each chart its own CSV: the rows of its table, credited with its source', () => {
    for (const chart of view.charts.values()) {
      const csv = readFileSync(join(outDir, chart.csvPath), 'utf8');
      expect(csv.charCodeAt(0)).toBe(0xfeff);
      const [header, ...rows] = csv.slice(1).trimEnd().split('\r\n');
      expect(header).toBe([...chart.table.columns, 'Source'].map((c) => (/[",]/.test(c) ? `"${c}"` : c)).join(','));
      expect(rows).toHaveLength(chart.table.rows.length);
      expect(rows[0]).toContain(chart.table.rows[0]!.cells[0]!.replace(/"/g, '""'));
    }
  });

  test('figures.json carries the numbers the page shows, with provenance', () => {
    const json = JSON.parse(download('figures.json'));
    expect(json.figures.map((f: { id: string }) => f.id)).toEqual([...view.figures.keys()]);
    for (const record of json.figures) {
      const shownInline = page.querySelectorAll(`.fig[data-figure="${record.id}"]`).map(text);
      const figure = view.figures.get(record.id)!;
      for (const inline of shownInline) expect(inline.startsWith(figure.inline.split(' (')[0]!)).toBe(true);
      expect(record.display).toBe(figure.value);
      expect(record.quote).toBe(figure.quote);
      for (const key of ['basis', 'precision', 'period', 'source', 'quote', 'value', 'unit'])
        expect(record).toHaveProperty(key);
    }
    for (const chart of view.charts.values()) {
      const canvas = page.getElementById(chart.anchor)?.querySelector('canvas');
      const drawn: (number | null)[] = JSON.parse(canvas?.getAttribute('data-chart') ?? 'null').data.datasets[0].data;
      for (const value of drawn) {
        if (value !== null) expect(json.figures.some((f: { value: number }) => f.value === value)).toBe(true);
      }
    }
  });

  test('figures.csv holds the same records as figures.json', () => {
    const json = JSON.parse(download('figures.json'));
    const csv = download('figures.csv');
    // A byte-order mark first, for spreadsheets; the records follow it.
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const [header, ...rows] = csv.slice(1).trimEnd().split('\r\n');
    const columns = header!.split(',');
    expect(rows).toHaveLength(json.figures.length);
    rows.forEach((row, i) => {
      const cells = row
        .match(/("([^"]|"")*"|[^,]*)(,|$)/g)!
        .map((c) => c.replace(/,$/, '').replace(/^"|"$/g, '').replaceAll('""', '"'));
      const record = json.figures[i];
      expect(cells[columns.indexOf('id')]).toBe(record.id);
      expect(Number(cells[columns.indexOf('value')])).toBe(record.value);
      expect(cells[columns.indexOf('display')]).toBe(record.display);
      expect(cells[columns.indexOf('basis')]).toBe(record.basis);
      expect(cells[columns.indexOf('quote')]).toBe(record.quote);
    });
  });
});

describe('each chart outside its page', () => {
  const embedPage = (chart: { embed: { page: string } }) =>
    parse(readFileSync(join(outDir, chart.embed.page, 'index.html'), 'utf8'));
  const site = 'https://briefings.example.com';

  test('has an embed page: title, subtitle, picture and drawing, source and credit, data table, no site chrome', () => {
    for (const chart of view.charts.values()) {
      const embed = embedPage(chart);
      expect(text(embed.querySelector('h1'))).toBe(chart.title);
      expect(text(embed.querySelector('.chart-caption'))).toBe(chart.caption);
      const picture = embed.querySelector(`.chart-picture img[src="${chart.pictures.wide.light.path}"]`);
      // The chart is what an embed opens with: its picture loads at once, first.
      expect(picture?.getAttribute('loading')).toBe('eager');
      expect(picture?.getAttribute('fetchpriority')).toBe('high');
      expect(embed.querySelector('canvas[data-chart]')?.getAttribute('aria-label')).toBe(chart.summary);
      const credit = embed.querySelector('.embed-credit')!;
      expect(text(credit)).toBe(
        `Chart: Investor Briefings · ${chart.sourceLine} · Get the data for “${chart.title}” (CSV)`,
      );
      expect(credit.querySelector('a')?.getAttribute('href')).toBe(`${site}${chart.embed.source}`);
      expect(credit.querySelector('a')?.getAttribute('target')).toBe('_blank');
      expect(credit.querySelector('a[download]')?.getAttribute('href')).toBe(`${site}${chart.csvPath}`);
      expect(embed.querySelectorAll('table.data-table tbody tr')).toHaveLength(chart.table.rows.length);
      expect(embed.querySelector('.site-header, .site-footer, nav')).toBeNull();
      // The briefing is the page search engines should list; the embed names it as canonical.
      expect(embed.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`${site}${view.urls.page}`);
    }
  });

  test('answers oEmbed with the snippet, and the embed and briefing pages link that answer', () => {
    for (const chart of view.charts.values()) {
      const answer = JSON.parse(readFileSync(join(outDir, chart.embed.oembed), 'utf8'));
      expect(answer).toMatchObject({
        version: '1.0',
        type: 'rich',
        title: chart.title,
        provider_name: 'Investor Briefings',
      });
      expect(answer.html).toContain(`<iframe src="${site}${chart.embed.page}"`);
      expect(answer.thumbnail_url).toBe(`${site}${chart.pictures.wide.light.path}`);
      const link = `link[rel="alternate"][type="application/json+oembed"][href="${site}${chart.embed.oembed}"]`;
      expect(embedPage(chart).querySelector(link)).not.toBeNull();
      expect(page.querySelector(link)?.getAttribute('title')).toBe(`${chart.title} (oEmbed)`);
    }
  });

  test('offers its embed code beside its citation, and its pictures to download', () => {
    for (const chart of view.charts.values()) {
      const tools = page.getElementById(chart.anchor)!.querySelector('.chart-tools')!;
      const button = tools.querySelector('button[data-copy-snippet]');
      expect(text(button)).toBe(`Copy embed code for chart: ${chart.title}`);
      expect(button?.getAttribute('data-copy-snippet')).toContain(`<iframe src="${site}${chart.embed.page}"`);
      expect(tools.querySelector(`a[download][href="${chart.embed.downloads.light}"]`)).not.toBeNull();
      expect(tools.querySelector(`a[download][href="${chart.embed.downloads.dark}"]`)).not.toBeNull();
      for (const path of Object.values(chart.embed.downloads))
        expect(readFileSync(join(outDir, path)).subarray(1, 4).toString()).toBe('PNG');
    }
  });

  test('keeps its embed pages out of the sitemap: the briefing is the page to index', () => {
    const sitemap = readFileSync(join(outDir, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain(`${site}/briefings/${slug}/`);
    expect(sitemap).not.toContain('/embed/');
  });
});

describe('the data files of a briefing with derived and revised figures', () => {
  const file = (slug: string, name: string) => readFileSync(join(outDir, 'briefings', slug, name), 'utf8');

  test('call a computed figure derived, with its formula and inputs', () => {
    const json = JSON.parse(file('alibaba-sep-2025-quarter', 'figures.json'));
    const beat = json.figures.find((f: { id: string }) => f.id === 'revenue-beat');
    expect(beat).toMatchObject({
      basis: 'derived',
      formula: 'percentage-change',
      derived_from: ['revenue', 'revenue-estimate'],
    });
    const csv = file('alibaba-sep-2025-quarter', 'figures.csv');
    expect(csv).toMatch(/\nrevenue-beat,.*,derived,.*,percentage-change,"revenue, revenue-estimate",\r\n/);
  });

  test("write a revised figure's history in figures.csv as text, not JSON", () => {
    const row = file(slug, 'figures.csv')
      .split('\r\n')
      .find((line) => line.startsWith('alibaba-cloud-growth,'))!;
    expect(row).toMatch(/,"9\.7% \(projected, source news-report\)"$/);
    expect(row).not.toContain('{');
  });
});

describe("a section's share page", () => {
  test("introduces the briefing by its summary's first sentence, not its whole standfirst", () => {
    const share = parse(readFileSync(join(outDir, 'briefings', slug, view.sections[0]!.id, 'index.html'), 'utf8'));
    expect(firstSentence(view.summary)).not.toBe(view.summary);
    expect(text(share.querySelector('header .summary'))).toBe(firstSentence(view.summary));
  });
});

describe('the built home page', () => {
  test('lists the briefing with its company, title, first summary sentence, as-of and publication dates', () => {
    const link = home.querySelector(`a[href="/briefings/${slug}/"]`);
    expect(text(link)).toBe(view.title);
    const card = link!.closest('.briefing-card')!;
    expect(text(card.querySelector('.eyebrow'))).toBe(view.company);
    expect(text(card.querySelector('h2 + p'))).toBe(firstSentence(view.summary));
    const dates = card.querySelectorAll('.dates time').map((t) => t.getAttribute('datetime'));
    // The briefing rests partly on an undated report, so no date stands for what it is as of.
    expect(view.asOfDate).toBeUndefined();
    expect(text(card.querySelector('.dates'))).not.toContain('As of');
    expect(dates.slice(0, 2)).toEqual([view.published, view.updated]);
  });
});

describe('a company page with several metrics', () => {
  const page = () => parse(readFileSync(join(outDir, 'companies/alibaba/index.html'), 'utf8'));
  /** A metric's name where its link leads: its section's heading, or its rows' name in the table of the rest. */
  const nameAt = (target: HTMLElement) =>
    target.tagName === 'TBODY'
      ? target.querySelector('th.company-metric-name')!.textContent.trim()
      : target.childNodes[0]!.textContent.trim();

  test('lists them at the top of its figures, each linking to its chart and table or to its rows', () => {
    const alibaba = page();
    const links = alibaba.querySelectorAll('nav.metric-index a');
    const charted = alibaba.querySelectorAll('section.company-metric:has(figure.chart)');
    const others = alibaba.querySelectorAll('#other-figures ~ .table-scroll tbody');
    expect(charted.length).toBeGreaterThan(1);
    expect(others.length).toBeGreaterThan(1);
    expect(links.length).toBe(charted.length + others.length);
    for (const link of links) {
      const target = alibaba.getElementById(link.getAttribute('href')!.slice(1))!;
      expect(link.textContent.trim()).toBe(nameAt(target));
    }
  });

  test("names every metric as a metric: no sentence fragment, not the company's own name", () => {
    const names = page()
      .querySelectorAll('nav.metric-index a')
      .map((a) => a.textContent.trim());
    expect(names).toContain('Time since bullish options volume was as high');
    expect(names).toContain('Share gain in the rally');
    for (const name of names) {
      expect(name).not.toMatch(/^Alibaba/);
      expect(name).not.toMatch(/\b(in|since|at|of|to)$/);
    }
  });

  test('draws a metric with quarters missing between its figures on a time axis that keeps them as gaps', () => {
    const revenue = page().getElementById('chart-metric-alibaba-revenue')!.querySelector('canvas')!;
    const config = JSON.parse(revenue.getAttribute('data-chart')!);
    expect(revenue.getAttribute('data-chart-kind')).toBe('column');
    expect(config.data.labels).toEqual(['Oct–Dec 2024', 'Jan–Mar 2025', 'Apr–Jun 2025', 'Jul–Sep 2025']);
    expect(config.data.datasets).toHaveLength(1);
    expect(config.data.datasets[0].data.map((v: number | null) => v === null)).toEqual([false, true, true, false]);
  });
});

describe('a fall written with words for a fall', () => {
  test('reads by its size on the page, with no minus sign after "fell by"', () => {
    const september = parse(readFileSync(join(outDir, 'briefings', 'alibaba-sep-2025-quarter', 'index.html'), 'utf8'));
    const prose = text(september.querySelector('main'));
    expect(prose).toContain('Net income fell by 52% from a year earlier');
    expect(prose).toContain('reported a fall of 55% in its net income');
    expect(prose).not.toMatch(/fell by −|fall of −/);
  });
});

describe('the metadata hosts and search engines read', () => {
  const html = (path: string) => parse(readFileSync(join(outDir, path), 'utf8'));
  const meta = (page: HTMLElement, key: string) =>
    page.querySelector(`meta[name="${key}"], meta[property="${key}"]`)?.getAttribute('content');
  const pages = ['index.html', `briefings/${slug}/index.html`, 'companies/index.html', '404.html'];

  test('keeps every meta description within 160 characters, cut at a word', () => {
    for (const path of pages) {
      const description = meta(html(path), 'description')!;
      expect(description.length, path).toBeLessThanOrEqual(160);
      expect(description, path).toMatch(/[\p{L}\p{N}.)…]$/u);
    }
  });

  test('calls a briefing an article, with its dates, and every other page a website', () => {
    const briefing = html(`briefings/${slug}/index.html`);
    expect(meta(briefing, 'og:type')).toBe('article');
    expect(meta(briefing, 'article:published_time')).toBe(view.published);
    expect(meta(briefing, 'article:modified_time')).toBe(view.updated ?? view.published);
    for (const path of ['index.html', 'companies/index.html', '404.html'])
      expect(meta(html(path), 'og:type'), path).toBe('website');
  });

  test('describes a briefing as a NewsArticle in JSON-LD', () => {
    const script = html(`briefings/${slug}/index.html`).querySelector('script[type="application/ld+json"]')!;
    const data = JSON.parse(script.textContent);
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: view.title,
      datePublished: view.published,
      about: { '@type': 'Organization', name: view.company },
      mainEntityOfPage: `https://briefings.example.com/briefings/${slug}/`,
    });
    expect(script.textContent).not.toMatch(/<\//);
  });

  test('serves favicon.ico beside the SVG icon, and links both', () => {
    const ico = readFileSync(join(outDir, 'favicon.ico'));
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
    expect(html('index.html').querySelector('link[rel="icon"][href="/favicon.ico"]')).not.toBeNull();
  });
});

describe('the sitemap', () => {
  test("gives each page its last change: a briefing's updated or published date", () => {
    const sitemap = readFileSync(join(outDir, 'sitemap-0.xml'), 'utf8');
    const entry = new RegExp(
      `<loc>https://briefings.example.com/briefings/${slug}/</loc><lastmod>([^<]+)</lastmod>`,
    ).exec(sitemap);
    expect(entry?.[1]).toBe(new Date(`${view.updated ?? view.published}T00:00:00Z`).toISOString());
    expect(sitemap.match(/<url>/g)?.length).toBe(sitemap.match(/<lastmod>/g)?.length);
  });
});

describe('figures shown on their own and on company pages', () => {
  const html = (path: string) => parse(readFileSync(join(outDir, path, 'index.html'), 'utf8'));

  test('name a key figure whose label runs on into its value by its metric name, on the card and in share images', () => {
    const card = page.getElementById(view.figures.get('bullish-options-high')!.anchor)!;
    expect(text(card.querySelector('.key-figure-label'))).toBe('Time since bullish options volume was as high');
    const labels = page.querySelectorAll('.key-figure-label').map(text);
    expect(labels.filter((label) => / (in|since)$/.test(label))).toEqual([]);
    const alts = [page, ...view.sections.map((s) => html(`briefings/${slug}/${s.id}`))].map((p) =>
      p.querySelector('meta[property="og:image:alt"]')!.getAttribute('content')!,
    );
    expect(alts.filter((alt) => /at its highest in|at the helm since/.test(alt))).toEqual([]);
  });

  test('call a computed figure derived on its company page, as its briefing and figures.csv do', () => {
    const row = html('companies/alibaba').querySelector('tr[data-figure~="revenue-beat"]')!;
    expect(text(row.querySelector('.company-basis'))).toBe('derived');
  });

  test('say what a briefing is to an index in the words of its kind, on the company index and its page', () => {
    const entry = html('companies').getElementById('company-hang-seng-tech')!;
    expect(entry.querySelectorAll('.company-role').map(text)).toContain('(cites the index)');
    expect(text(entry)).not.toContain('the company');
    const roles = html('companies/hang-seng-tech').querySelectorAll('.company-role').map(text);
    expect(roles.length).toBeGreaterThan(0);
    expect(roles.every((role) => role === '(cites the index)')).toBe(true);
  });
});
