import { describe, expect, test } from 'vitest';
import { formatDate } from '../../../src/lib/view/format-date.ts';
import { indexBriefing } from '../../../src/lib/model/briefing-index.ts';
import { resolveShownText } from '../../../src/lib/model/shown-text.ts';
import { splitFrontmatter } from '../../../src/lib/validate/frontmatter.ts';
import { buildBriefingView } from '../../../src/lib/view/briefing-view.ts';
import { buildChartView } from '../../../src/lib/view/chart-view.ts';
import { buildClaimView } from '../../../src/lib/view/claim-view.ts';
import { buildFigureView } from '../../../src/lib/view/figure-view.ts';
import { viewSource } from '../../../src/lib/view/source-view.ts';
import { editBriefing, loadBriefing, readBriefingSource, realBriefingSlug } from '../../support/briefings.ts';

const minimal = loadBriefing('minimal');
const index = indexBriefing(minimal);
const body = splitFrontmatter(readBriefingSource('minimal')).body;
const view = buildBriefingView('example', resolveShownText(minimal), body);

describe('buildBriefingView', () => {
  test('carries what the header shows and where the page and its data are published', () => {
    expect(view).toMatchObject({
      slug: 'example',
      title: "Example Corp's widget rally",
      summary: minimal.summary,
      company: 'Example Corp',
      entity: 'example-corp',
      tickers: ['EXC'],
      // The fixture names no writers: no byline.
      authors: [],
      asOf: 'One fictional trade report, written for tests.',
      // Its one source's date: what the information is current to.
      asOfDate: '2024-03-01',
      published: '2024-03-02',
      updated: '2024-03-05',
      disclaimer: 'Fictional companies and numbers, for tests only. Not investment advice.',
      urls: {
        page: '/briefings/example/',
        csv: '/briefings/example/figures.csv',
        json: '/briefings/example/figures.json',
      },
    });
  });

  test('views every figure by id, and the key figures, in order, are those same views', () => {
    expect([...view.figures.keys()]).toEqual(minimal.figures.map((f) => f.id));
    for (const figure of minimal.figures)
      expect(view.figures.get(figure.id)).toEqual(buildFigureView(figure, index, minimal));
    expect(view.keyFigures).toEqual(['example-share-gain', 'example-sales-growth'].map((id) => view.figures.get(id)));
  });

  test("views every chart for the page's address, and every claim and source, in order", () => {
    const page = { pageUrl: '/briefings/example/', title: minimal.title, asOf: minimal.asOf };
    // Charts are viewed with their captions' figure references resolved.
    const shown = resolveShownText(minimal);
    expect([...view.charts.values()]).toEqual(shown.charts.map((chart) => buildChartView(chart, index, page)));
    expect(view.charts.get('share-gains')!.caption).toContain('known only to be more than 40%;');
    expect(view.claims).toEqual(minimal.claims.map((claim) => buildClaimView(claim, index)));
    expect(view.sources).toEqual(minimal.sources.map(viewSource));
  });

  test('gives each section the charts and figures its prose places, in order of first mention', () => {
    const repeated = body.replace(
      '<Chart id="share-gains" />',
      'Again <Fig id="example-share-gain" />.\n\n<Chart id="share-gains" />',
    );
    expect(buildBriefingView('example', resolveShownText(minimal), repeated).sections).toEqual([
      {
        id: 'shares',
        title: 'The share rally',
        level: 2,
        aliases: [],
        charts: ['share-gains'],
        figures: ['example-share-gain', 'index-share-gain'],
        shareUrl: '/briefings/example/shares/',
        lead: "Example Corp's shares have gained more than 40% this year, beating the 25% rise of the Widget Index and outpacing Sample Inc and Demo Ltd. Again more than 40%.",
      },
      {
        id: 'sales',
        title: 'Sales outlook',
        level: 2,
        aliases: [],
        charts: ['sales-growth'],
        figures: ['example-sales-growth', 'sample-sales-growth', 'new-factories'],
        shareUrl: '/briefings/example/sales/',
        lead: 'Sales are expected to grow by 12.5% next year, against 8% at Sample Inc. The company opened four new factories last year.',
      },
    ]);
  });

  test('places nothing in a section when given no body', () => {
    const sections = buildBriefingView('example', resolveShownText(minimal)).sections;
    expect(sections.map((s) => [s.charts, s.figures])).toEqual([
      [[], []],
      [[], []],
    ]);
  });

  test("lists every figure's revisions together, newest first", () => {
    const revised = editBriefing(minimal, (b) => {
      Object.assign(b.figures[4]!, {
        asOf: '2024-03-01',
        history: [
          { value: 2, basis: 'projected', date: '2024-01-01' },
          { value: 3, basis: 'estimate', date: '2024-02-01' },
        ],
      });
      Object.assign(b.figures[1]!, {
        asOf: '2024-02-15',
        history: [{ value: 20, basis: 'reported', date: '2024-01-15' }],
      });
    });
    expect(
      buildBriefingView('example', resolveShownText(revised)).changes.map((c) => [c.figureId, c.date, c.from, c.to]),
    ).toEqual([
      ['new-factories', '2024-03-01', '3 (estimate)', '4'],
      ['index-share-gain', '2024-02-15', '20%', '25%'],
      ['new-factories', '2024-02-01', '2 (projected)', '3 (estimate)'],
    ]);
  });
});

describe('buildBriefingView on the real briefing', () => {
  const real = loadBriefing('rally');
  const realView = buildBriefingView(
    realBriefingSlug,
    resolveShownText(real),
    splitFrontmatter(readBriefingSource('rally')).body,
  );

  test('places every chart in exactly one section', () => {
    expect(realView.sections.flatMap((s) => s.charts).sort()).toEqual(real.charts.map((c) => c.id).sort());
  });

  test("cites each of a chart's sources, an undated one as undated, and appends the chart's source note", () => {
    const cloud = real.charts.find((c) => c.sourceNote)!;
    const [report, results] = real.sources;
    expect(realView.charts.get(cloud.id)!.sourceLine).toBe(
      `Source: “${results!.title}”, ${results!.publisher} (${formatDate(results!.date as string)}); “${report!.title}” (undated). ${cloud.sourceNote}`,
    );
  });

  test('lists the revision in "What changed" with the source and date of each value', () => {
    const [report, results] = real.sources;
    expect(realView.changes).toHaveLength(1);
    expect(realView.changes[0]).toMatchObject({
      date: results!.date,
      fromSource: report!.id,
      toSource: results!.id,
      fromCitation: `“${report!.title}” (undated)`,
      toCitation: `“${results!.title}”, ${results!.publisher} (${formatDate(results!.date as string)})`,
    });
  });
});
