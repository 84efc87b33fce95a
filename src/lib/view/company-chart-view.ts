import type { Figure } from '../../schemas/figure.ts';
import type { FigurePeriod } from '../model/periods.ts';
import {
  chartAxis,
  figureChartRow,
  type ChartData,
  type ChartRow,
  barLabel,
  buildChartConfig,
  buildDataTable,
} from '../chart/bar-chart.ts';
import { darkChartTheme, lightChartTheme } from '../chart/chart-style.ts';
import { chartHeightRows, chartPictures, type ShownChart } from './chart-view.ts';

/** One bar of a chart over periods: a figure and its resolved period, or a period no briefing gives a figure for. */
export interface PeriodPoint {
  figure?: Figure;
  period: FigurePeriod;
  /** How a derived figure was computed, resolved in its own briefing. */
  derivation?: string;
}

/**
 * One metric over periods as bar-chart data, a bar per period in the order given (oldest first),
 * each labelled as a chart axis names its period, the latest emphasised.
 */
export function periodChartData(chart: { id: string; title: string }, points: readonly PeriodPoint[]): ChartData {
  const axis = chartAxis(points.flatMap((p) => (p.figure ? [p.figure] : [])));
  return {
    id: chart.id,
    title: chart.title,
    axisTitle: axis.title,
    byPeriod: true,
    rows: points.map(({ figure, period, derivation }, i): ChartRow => {
      const row = { label: period.axis, period: period.heading, highlight: i === points.length - 1 };
      if (figure) return figureChartRow(figure, row, axis.toAxis, derivation);
      // A period between two charted ones that no briefing gives a figure for: a gap, not a bar.
      const note = 'no briefing gives a figure';
      return {
        ...row,
        id: period.axis,
        kind: 'unstated',
        value: null,
        display: 'Not stated',
        basis: null,
        notes: [note],
      };
    }),
  };
}

/** A chart of one metric over periods on a company page: what any chart figure shows. */
export type CompanyChartView = ShownChart;

/** Builds the chart of a company's metric over periods from its chosen points, oldest first. */
export function buildCompanyChartView(
  chart: { id: string; title: string; anchor: string; pageUrl: string },
  points: readonly PeriodPoint[],
  sources: readonly string[],
): CompanyChartView {
  const data = periodChartData(chart, points);
  const rows = chartHeightRows(data.rows.length);
  const config = buildChartConfig(data, lightChartTheme);
  const pictures = chartPictures(`${chart.pageUrl}charts/${chart.id}`, config, rows);
  return {
    kind: 'bar',
    anchor: chart.anchor,
    title: data.title,
    caption: `${points.length} periods, oldest first, as the briefings below state them: ${
      points.some((p) => p.figure && p.figure.basis !== 'reported')
        ? 'the latest estimate or projection of each, as no two periods have reported values'
        : 'reported values'
    }${points.some((p) => !p.figure) ? '; a period no briefing gives a figure for is marked, not left out' : ''}.`,
    sourceLine: `Source: ${sources.join('; ')}.`,
    summary: `${data.title}. ${data.rows.map((row) => `${row.label}: ${barLabel(row)}`).join('. ')}.`,
    rows,
    printImage: pictures.wide.light,
    pictures,
    config,
    darkConfig: buildChartConfig(data, darkChartTheme),
    table: buildDataTable(data),
    legend: [],
  };
}
