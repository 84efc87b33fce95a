import type { Chart } from '../../schemas/chart.ts';
import type { BriefingIndex } from '../model/briefing-index.ts';
import { buildChartConfig } from '../chart/build-chart-config.ts';
import { buildDataTable, type DataTable } from '../chart/build-data-table.ts';
import { chartRows, type ChartRow } from '../chart/chart-rows.ts';
import { darkChartTheme, lightChartTheme } from '../chart/chart-theme.ts';
import { citationText } from './citation-text.ts';
import { chartAnchor } from '../model/reserved-ids.ts';
import { citeSource, viewSource } from './source-view.ts';

export interface ChartView {
  id: string;
  anchor: string;
  title: string;
  caption: string;
  sourceLine: string;
  /** One sentence naming every bar's value, for the canvas's accessible name. */
  summary: string;
  rows: number;
  /** Text for "Copy citation"; the page's URL is appended in the browser. */
  citation: string;
  /** The static image printed in place of the canvas, and the CSS size it is drawn for. */
  printImage: { path: string; width: number; height: number; scale: number };
  /** Chart.js configurations for the light and dark colour schemes. */
  config: ReturnType<typeof buildChartConfig>;
  darkConfig: ReturnType<typeof buildChartConfig>;
  table: DataTable;
}

/** What a chart figure shows on any page: drawing, words, print image and data table. */
export type ShownChart = Pick<
  ChartView,
  'anchor' | 'title' | 'caption' | 'sourceLine' | 'summary' | 'rows' | 'printImage' | 'config' | 'darkConfig' | 'table'
>;

/** Print images are drawn at the width of an A4 or Letter text column, twice over for sharpness. */
export function printImageSize(rows: number) {
  return { width: 640, height: 70 + 48 * rows, scale: 2 };
}

function rowSentence(row: ChartRow): string {
  return row.kind === 'unstated'
    ? `${row.label}: not stated, ${row.notes[0]}`
    : `${row.label}: ${row.display}${row.basis && row.basis !== 'reported' ? ` (${row.basis})` : ''}`;
}

/** Everything the page, the print image and the share image need to show one chart. */
export function buildChartView(
  chart: Chart,
  index: BriefingIndex,
  briefing: { pageUrl: string; title: string; asOf: string },
): ChartView {
  const data = chartRows(chart, index);
  const sourceIds = new Set(
    chart.items.flatMap((item) => ('figure' in item ? [index.figures.get(item.figure)!.source] : [])),
  );
  const sources = [...sourceIds].map((id) => citeSource(viewSource(index.sources.get(id)!)));
  return {
    id: chart.id,
    anchor: chartAnchor(chart.id),
    title: chart.title,
    caption: chart.caption,
    sourceLine: `Source: ${sources.join('; ')}.${chart.sourceNote ? ` ${chart.sourceNote}` : ''}`,
    summary: `${chart.title}. ${data.rows.map(rowSentence).join('. ')}.`,
    rows: data.rows.length,
    printImage: { path: `${briefing.pageUrl}charts/${chart.id}.png`, ...printImageSize(data.rows.length) },
    citation: citationText({
      subject: chart.title,
      source: sources.join('; '),
      briefingTitle: briefing.title,
      asOf: briefing.asOf,
    }),
    config: buildChartConfig(data, lightChartTheme),
    darkConfig: buildChartConfig(data, darkChartTheme),
    table: buildDataTable(data),
  };
}
