import { describe, expect, test } from 'vitest';
import { indexBriefing } from '../../../src/lib/model/briefing-index.ts';
import { buildChartView } from '../../../src/lib/view/chart-view.ts';
import type { Briefing } from '../../../src/schemas/briefing.ts';
import { editBriefing, loadBriefing } from '../../support/briefings.ts';

const minimal = loadBriefing('minimal');
const page = { pageUrl: '/briefings/example/', title: minimal.title, asOf: minimal.asOf };

function viewOf(briefing: Briefing, id: string) {
  return buildChartView(
    briefing.charts.find((c) => c.id === id)!,
    indexBriefing(briefing),
    page,
  );
}

describe('buildChartView', () => {
  test('names its source and the briefing in the source line and the citation', () => {
    const view = viewOf(minimal, 'share-gains');
    expect(view).toMatchObject({
      id: 'share-gains',
      anchor: 'chart-share-gains',
      title: 'Share gains this year',
      caption: minimal.charts[0]!.caption,
      sourceLine: 'Source: “Fictional trade report on widget makers”, Example Gazette (1 March 2024).',
      citation:
        "Share gains this year. Source: “Fictional trade report on widget makers”, Example Gazette (1 March 2024). From “Example Corp's widget rally”. Based on: One fictional trade report, written for tests.",
    });
  });

  test("appends the chart's source note to the source line", () => {
    expect(viewOf(minimal, 'sales-growth').sourceLine).toBe(
      'Source: “Fictional trade report on widget makers”, Example Gazette (1 March 2024). Both figures are projections.',
    );
  });

  test('names each source once, in the order the bars first cite them', () => {
    const briefing = editBriefing(minimal, (b) => {
      b.sources.unshift({ id: 'filing', title: 'Annual filing', date: '2024-02-01' });
      b.figures[1]!.source = 'filing';
    });
    expect(viewOf(briefing, 'share-gains').sourceLine).toBe(
      'Source: “Fictional trade report on widget makers”, Example Gazette (1 March 2024); “Annual filing” (1 February 2024).',
    );
  });

  test('summarises every bar in one sentence, an unstated one by where the source places it', () => {
    expect(viewOf(minimal, 'share-gains').summary).toBe(
      'Share gains this year. Example Corp: more than 40%. Widget Index: 25%. Sample Inc: not stated, below Example Corp. Demo Ltd: not stated, below Example Corp.',
    );
    expect(viewOf(minimal, 'sales-growth').summary).toBe(
      'Projected sales growth next year. Example Corp: 12.5% (projected). Sample Inc: 8% (projected).',
    );
  });

  test('sizes the print image by its number of bars', () => {
    expect(viewOf(minimal, 'share-gains')).toMatchObject({
      rows: 4,
      printImage: { path: '/briefings/example/charts/share-gains.png', width: 640, height: 262, scale: 2 },
    });
    expect(viewOf(minimal, 'sales-growth').printImage.height).toBe(166);
  });

  test('carries light and dark configurations and a table of the same rows', () => {
    const view = viewOf(minimal, 'share-gains');
    expect(view.config.data.labels).toEqual(['Example Corp', 'Widget Index', 'Sample Inc', 'Demo Ltd']);
    // The floor is the highlighted bar, drawn solid (its open end is drawn past it); unstated entities have no bar.
    expect(view.config.data.datasets[0]).toMatchObject({
      data: [40, 25, null, null],
      backgroundColor: ['#0063a6', '#6b7785', '#6b7785', '#6b7785'],
      borderColor: ['#0063a6', '#6b7785', '#6b7785', '#6b7785'],
      borderWidth: [0, 0, 0, 0],
    });
    expect(view.darkConfig.data.labels).toEqual(view.config.data.labels);
    expect(view.darkConfig.data.datasets[0]).toMatchObject({
      data: [40, 25, null, null],
      backgroundColor: ['#56b4e9', '#9aa5b1', '#9aa5b1', '#9aa5b1'],
      borderColor: ['#56b4e9', '#9aa5b1', '#9aa5b1', '#9aa5b1'],
    });
    expect(view.table.rows.map((r) => r.cells[4])).toEqual([
      'lower bound; the source gives no exact number',
      '—',
      'below Example Corp; the source gives no number',
      'below Example Corp; the source gives no number',
    ]);
  });
});
