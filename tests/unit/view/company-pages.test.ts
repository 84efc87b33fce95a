import { describe, expect, test } from 'vitest';
import { companyPages } from '../../../src/lib/view/company-pages.ts';
import { editOnce, publicationWithViews, readPublicationSource } from '../../support/publication.ts';

const pages = companyPages(publicationWithViews());
const page = (entity: string) => pages.find((p) => p.entity === entity)!;

describe('companyPages', () => {
  test('makes a page for every company and index a briefing is about or cites, A to Z', () => {
    expect(pages.map((p) => [p.entity, p.name, p.kind, p.url])).toEqual([
      ['example-corp', 'Example Corp', 'company', '/companies/example-corp/'],
      ['sample-inc', 'Sample Inc', 'company', '/companies/sample-inc/'],
      ['widget-index', 'Widget Index', 'index', '/companies/widget-index/'],
    ]);
  });

  test('names an index with "the" where a sentence names it, a company as it is', () => {
    expect(page('widget-index').nameInText).toBe('the Widget Index');
    expect(page('example-corp').nameInText).toBe('Example Corp');
  });

  test("lists a company's briefings newest first, marking those about it", () => {
    expect(page('example-corp').briefings.map((b) => [b.slug, b.about])).toEqual([
      ['widgets-summer', true],
      ['widgets-spring', true],
    ]);
    expect(page('widget-index').briefings.map((b) => [b.slug, b.about])).toEqual([['widgets-spring', false]]);
  });

  test('says what each briefing is to the company in the words of its kind, as the company index does', () => {
    expect(page('example-corp').briefings.map((b) => b.role)).toEqual(['about the company', 'about the company']);
    expect(page('widget-index').briefings.map((b) => b.role)).toEqual(['cites the index']);
    expect(page('sample-inc').briefings.map((b) => b.role)).toEqual(
      page('sample-inc').briefings.map(() => 'cites the company'),
    );
    expect(page('sample-inc').briefings.length).toBeGreaterThan(0);
  });

  test('gives a feed only to a company that a briefing is about', () => {
    expect(page('example-corp').feed).toBe('/companies/example-corp/feed.xml');
    expect(page('sample-inc').feed).toBeUndefined();
  });

  test('groups every figure about the company by metric, a row per period and value, each briefing giving it linked', () => {
    const [growth] = page('example-corp').metrics;
    expect(growth!.title).toBe('Sales growth');
    expect(
      growth!.rows.map((r) => [r.period, r.value, r.basis, r.appearances.map((a) => [a.briefing.title, a.where.href])]),
    ).toEqual([
      [
        'The quarter to 31 March 2024 (Q4 of fiscal 2024)',
        '12%',
        'reported',
        [
          ["Example Corp's summer quarter", '/briefings/widgets-summer/#results'],
          ["Example Corp's spring quarter", '/briefings/widgets-spring/#results'],
        ],
      ],
      [
        'The quarter to 30 June 2024 (Q1 of fiscal 2025)',
        '11%',
        'reported',
        [["Example Corp's summer quarter", '/briefings/widgets-summer/#results']],
      ],
      [
        'The quarter to 30 June 2024 (Q1 of fiscal 2025)',
        '10%',
        'projected',
        [["Example Corp's spring quarter", '/briefings/widgets-spring/#outlook']],
      ],
    ]);
    expect(growth!.rows.map((r) => r.ids)).toEqual([
      ['example-growth-march'],
      ['example-growth-june'],
      ['example-growth-june'],
    ]);
    expect(growth!.rows[1]!.revised).toBe('was projected at 10%');
    expect(page('example-corp').figureCount).toBe(4);
  });

  test('links a figure shown only in a chart to its section, and one only among the key figures to it', () => {
    const spring = editOnce(
      readPublicationSource('spring'),
      ', against\n<Fig id="sample-growth-march" /> at Sample Inc,',
      ', ahead of Sample Inc,',
    );
    const summer = editOnce(readPublicationSource('summer'), 'grew <Fig id="example-growth-june" /> in', 'grew in');
    const linked = companyPages(publicationWithViews({ 'widgets-spring': spring, 'widgets-summer': summer }));
    const where = (entity: string, id: string, slug: string) =>
      linked
        .find((p) => p.entity === entity)!
        .metrics[0]!.rows.find((r) => r.ids.includes(id))!
        .appearances.find((a) => a.briefing.url.includes(slug))!.where;
    expect(where('sample-inc', 'sample-growth-march', 'spring')).toEqual({
      title: 'Results',
      href: '/briefings/widgets-spring/#results',
    });
    expect(where('example-corp', 'example-growth-june', 'summer')).toEqual({
      title: 'Key figures',
      href: '/briefings/widgets-summer/#figure-example-growth-june',
    });
  });

  test('charts a metric over its periods as columns on a time axis, reported values before projections', () => {
    const chart = page('example-corp').metrics[0]!.chart!;
    expect(chart.anchor).toBe('chart-metric-example-corp-sales-growth');
    expect(chart.kind).toBe('column');
    expect(chart.summary).toBe('Sales growth. Jan–Mar 2024: 12%. Apr–Jun 2024: 11%.');
    expect(chart.config.data.labels).toEqual(['Jan–Mar 2024', 'Apr–Jun 2024']);
    expect(chart.config.data.datasets[0]!.data).toEqual([12, 11]);
    expect(chart.sourceLine).toBe(
      "Source: “Fictional report on widget makers' summer quarter”, Example Gazette (9 August 2024).",
    );
    expect(chart.printImage.path).toBe('/companies/example-corp/charts/metric-example-corp-sales-growth.png');
  });

  test('notes how the fiscal year runs for a company whose entity states one that is not the calendar year', () => {
    expect(page('example-corp').fiscalYear).toBe(
      "Example Corp's fiscal year ends in March: fiscal 2025 runs from 1 April 2024 to 31 March 2025, its first quarter April to June.",
    );
    expect(page('sample-inc').fiscalYear).toBeUndefined();
  });

  test("lists a company's exchanges and tickers as its entities give them, each once", () => {
    expect(page('example-corp').listings).toEqual([]);
    const listed = (text: string) =>
      editOnce(
        text,
        'name: Example Corp, kind: company',
        'name: Example Corp, listings: [{ exchange: Example Exchange, ticker: EXC }], kind: company',
      );
    const pages = companyPages(
      publicationWithViews({
        'widgets-spring': listed(readPublicationSource('spring')),
        'widgets-summer': listed(readPublicationSource('summer')),
      }),
    );
    expect(pages.find((p) => p.entity === 'example-corp')!.listings).toEqual([
      { exchange: 'Example Exchange', ticker: 'EXC' },
    ]);
  });

  test('draws no chart for a metric with one period, or periods only in words', () => {
    expect(page('widget-index').metrics.map((m) => [m.title, m.rows.length, m.chart])).toEqual([
      ['Gain', 1, undefined],
    ]);
  });

  test('charts periods of one kind only when they follow one another', () => {
    const sample = page('sample-inc').metrics[0]!;
    expect(sample.rows.map((r) => r.period)).toEqual(['The quarter to 31 March 2024', 'The quarter to 30 June 2024']);
    expect(sample.chart?.config.data.labels).toEqual(['Jan–Mar 2024', 'Apr–Jun 2024']);
    const year = editOnce(
      readPublicationSource('summer'),
      '{ kind: quarter, year: 2024, quarter: 2 }',
      '{ kind: year, year: 2024 }',
    );
    const overlapping = companyPages(publicationWithViews({ 'widgets-summer': year })).find(
      (p) => p.entity === 'sample-inc',
    )!;
    expect(overlapping.metrics[0]!.chart).toBeUndefined();
  });

  test('charts figures of one measure together, by the rule charts in a briefing follow', () => {
    const march = (unit: string) =>
      editOnce(readPublicationSource('summer'), '    value: 12\n    unit: percent\n', unit);
    const chartOf = (text: string) =>
      companyPages(publicationWithViews({ 'widgets-summer': text })).find((p) => p.entity === 'example-corp')!
        .metrics[0]!.chart;
    // A fraction is a percent: half is drawn as 50 beside 11%.
    const half = editOnce(march('    value: 0.5\n    unit: fraction\n'), 'after 12% in', 'after half in');
    expect(chartOf(half)?.config.data.datasets[0]!.data).toEqual([50, 11]);
    const money = editOnce(
      march('    value: 12\n    unit: currency\n    currency: USD\n'),
      'after 12% in',
      'after US$12 in',
    );
    // Money is not a percent: the spring briefing's 12% stands for March, the summer one's US$12 is left out.
    const moneyChart = chartOf(money)!;
    expect(moneyChart.config.data.datasets[0]!.data).toEqual([12, 11]);
    expect(moneyChart.table.rows.flatMap((r) => r.cells)).not.toContain('US$12');
  });

  test('names a company by the name no briefing lists as an alias, and lists the others', () => {
    const aliased = editOnce(
      readPublicationSource('summer'),
      'name: Example Corp, kind',
      'name: Example Corporation, aliases: [Example Corporation, ExCorp], kind',
    );
    const renamed = companyPages(publicationWithViews({ 'widgets-summer': aliased }))[0]!;
    expect([renamed.name, renamed.otherNames]).toEqual(['Example Corp', ['Example Corporation', 'ExCorp']]);
  });

  test("counts a segment's figures as its company's", () => {
    const segment = editOnce(
      editOnce(
        readPublicationSource('spring'),
        '  - { id: widget-index, name: Widget Index, kind: index }',
        '  - { id: widget-index, name: Widget Index, kind: index }\n  - { id: example-gadgets, name: Example Gadgets, kind: segment, parent: example-corp }',
      ),
      '    entity: widget-index',
      '    entity: example-gadgets',
    );
    const withSegment = companyPages(publicationWithViews({ 'widgets-spring': segment }));
    expect(withSegment.find((p) => p.entity === 'example-corp')!.metrics.map((m) => m.title)).toEqual([
      'Sales growth',
      'Widget Index gain',
    ]);
    expect(withSegment.find((p) => p.entity === 'widget-index')!.metrics).toEqual([]);
  });
});
