import { describe, expect, test } from 'vitest';
import { resolveShownText } from '../../../src/lib/model/shown-text.ts';
import { buildBriefingView, type BriefingView } from '../../../src/lib/view/briefing-view.ts';
import {
  briefingShareImage,
  cardBars,
  companiesShareImage,
  companyShareImage,
  fitsACard,
  homeShareImage,
  sectionShareImage,
  siteName,
} from '../../../src/lib/view/share-image-spec.ts';
import { validateBriefingSource } from '../../../src/lib/validate/validate-briefing-source.ts';
import { readBriefingSource } from '../../support/briefings.ts';
import { companyPages } from '../../../src/lib/view/company-pages.ts';
import { editOnce, publicationWithViews, readPublicationSource } from '../../support/publication.ts';
import { buildChartConfig } from '../../../src/lib/chart/bar-chart.ts';
import { tortureBars } from '../../fixtures/torture-charts.ts';

const validation = validateBriefingSource(readBriefingSource('minimal'));
const view = buildBriefingView('example', resolveShownText(validation.briefing!), validation.body);
/** The view with its sections' charts taken out, as if their prose stood alone. */
const chartless: BriefingView = { ...view, sections: view.sections.map((s) => ({ ...s, charts: [] })) };

describe('briefingShareImage', () => {
  test('shows the title with the first key figure and describes both in the alt text', () => {
    expect(briefingShareImage(view)).toEqual({
      path: '/og/briefings/example.png',
      alt: "Example Corp's widget rally. Example Corp share gain: more than 40%.",
      eyebrow: siteName,
      title: "Example Corp's widget rally",
      subtitle: 'One fictional trade report, written for tests.',
      keyFigure: { value: 'more than 40%', label: 'Example Corp share gain' },
    });
  });

  test('labels a key figure that is not reported with its basis', () => {
    const [, projected] = view.keyFigures;
    expect(briefingShareImage({ ...view, keyFigures: [projected!] }).keyFigure).toEqual({
      value: '12.5%',
      label: 'Example Corp sales growth (projected)',
    });
    const named = { ...projected!, label: 'Sales growth the company projected' };
    expect(briefingShareImage({ ...view, keyFigures: [named] }).keyFigure!.label).toBe(
      'Sales growth the company projected',
    );
  });

  test('shows the title alone when the briefing has no key figures', () => {
    const spec = briefingShareImage({ ...view, keyFigures: [] });
    expect(spec.alt).toBe("Example Corp's widget rally.");
    expect(spec.keyFigure).toBeUndefined();
  });
});

describe('sectionShareImage', () => {
  test('draws the section’s first chart, described by the chart’s summary', () => {
    const spec = sectionShareImage(view, 'shares');
    expect(spec.path).toBe('/og/briefings/example/shares.png');
    expect(spec.chart).toBe(view.charts.get('share-gains')!.config);
    expect(spec.alt).toBe(view.charts.get('share-gains')!.summary);
    expect(spec).toMatchObject({ eyebrow: "Example Corp's widget rally", title: 'The share rally' });
  });

  test('without a chart, shows the first figure the section’s prose cites', () => {
    const spec = sectionShareImage(chartless, 'sales');
    expect(spec.chart).toBeUndefined();
    expect(spec.keyFigure).toEqual({ value: '12.5%', label: 'Example Corp sales growth (projected)' });
    expect(spec.alt).toBe("Example Corp's widget rally. Sales outlook. Example Corp sales growth: 12.5% (projected).");
  });

  test('without a chart or cited figure, falls back to the briefing’s first key figure', () => {
    const bare = { ...chartless, sections: chartless.sections.map((s) => ({ ...s, figures: [] })) };
    expect(sectionShareImage(bare, 'sales').keyFigure).toEqual({
      value: 'more than 40%',
      label: 'Example Corp share gain',
    });
  });

  test('without any figure to show, gives the briefing and section titles as alt text', () => {
    const empty = { ...chartless, keyFigures: [], sections: chartless.sections.map((s) => ({ ...s, figures: [] })) };
    const spec = sectionShareImage(empty, 'sales');
    expect(spec.alt).toBe("Example Corp's widget rally. Sales outlook.");
    expect(spec.keyFigure).toBeUndefined();
  });

  test('throws for a section id the briefing does not have', () => {
    expect(() => sectionShareImage(view, 'nope')).toThrow('Unknown section id "nope"');
  });
});

describe('homeShareImage', () => {
  test('counts the briefings in its alt text, singular for one', () => {
    expect(homeShareImage(3).alt).toBe(`${siteName}: 3 sourced briefings on listed companies.`);
    expect(homeShareImage(1).alt).toBe(`${siteName}: 1 sourced briefing on listed companies.`);
    expect(homeShareImage(1).path).toBe('/og/home.png');
  });
});

describe('companiesShareImage', () => {
  const listed = (companies: number, indexes = 0) => [
    ...Array.from({ length: companies }, () => ({ kind: 'company' as const })),
    ...Array.from({ length: indexes }, () => ({ kind: 'index' as const })),
  ];
  test('counts the companies in its alt text, singular for one, and a market index as an index', () => {
    expect(companiesShareImage(listed(4)).alt).toBe(`${siteName}: 4 companies with their briefings.`);
    expect(companiesShareImage(listed(1)).alt).toBe(`${siteName}: 1 company with its briefings.`);
    expect(companiesShareImage(listed(6, 1)).alt).toBe(`${siteName}: 6 companies and 1 index with their briefings.`);
    expect(companiesShareImage(listed(1)).path).toBe('/og/companies.png');
  });
});

describe('companyShareImage', () => {
  test('names the metric its chart draws after the company, and describes the chart in the alt text', () => {
    const page = companyPages(publicationWithViews()).find((p) => p.metrics.some((m) => m.chart))!;
    const chart = page.metrics.find((m) => m.chart)!.chart!;
    const spec = companyShareImage(page);
    expect(spec.title).toBe('Example Corp: Sales growth');
    expect(spec.alt).toBe(`Example Corp: ${chart.summary}`);
    expect(spec.subtitle).toBe('2 briefings, 4 figures');
  });

  test('counts only the briefings of a company no briefing gives a figure for, never "0 figures"', () => {
    const quiet = editOnce(
      readPublicationSource('spring'),
      '  - { id: widget-index, name: Widget Index, kind: index }',
      '  - { id: widget-index, name: Widget Index, kind: index }\n  - { id: quiet-co, name: Quiet Co, kind: company }',
    );
    const page = companyPages(publicationWithViews({ 'widgets-spring': quiet })).find((p) => p.entity === 'quiet-co')!;
    expect(companyShareImage(page)).toMatchObject({
      title: 'Quiet Co',
      subtitle: '1 briefing',
      alt: 'Quiet Co: 1 briefing.',
    });
  });
});

describe('fitsACard', () => {
  test(`takes a chart of at most ${cardBars} bars, not one of more`, () => {
    const rows = (n: number) => ({
      ...tortureBars,
      rows: tortureBars.rows.filter((r) => r.value !== null).slice(0, n),
    });
    expect(fitsACard(buildChartConfig(rows(cardBars)))).toBe(true);
    expect(fitsACard(buildChartConfig(rows(cardBars + 1)))).toBe(false);
  });
});
