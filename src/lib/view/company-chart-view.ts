import { barLabel, buildChartConfig, buildDataTable } from '../chart/bar-chart.ts';
import { darkChartTheme, lightChartTheme } from '../chart/chart-style.ts';
import { periodChartData, type PeriodPoint } from '../chart/period-chart-data.ts';
import { printImageSize, type ShownChart } from './chart-view.ts';

/** A chart of one metric over periods on a company page: what any chart figure shows. */
export type CompanyChartView = ShownChart;

/** Builds the chart of a company's metric over periods from its chosen points, oldest first. */
export function buildCompanyChartView(
  chart: { id: string; title: string; anchor: string; pageUrl: string },
  points: readonly PeriodPoint[],
  sources: readonly string[],
): CompanyChartView {
  const data = periodChartData(chart, points);
  return {
    kind: 'bar',
    anchor: chart.anchor,
    title: data.title,
    caption: `${points.length} periods, oldest first, as the briefings below state them; where a period has a reported value it is shown, otherwise the latest estimate or projection.`,
    sourceLine: `Source: ${sources.join('; ')}.`,
    summary: `${data.title}. ${data.rows.map((row) => `${row.label}: ${barLabel(row)}`).join('. ')}.`,
    rows: data.rows.length,
    printImage: { path: `${chart.pageUrl}charts/${chart.id}.png`, ...printImageSize(data.rows.length) },
    config: buildChartConfig(data, lightChartTheme),
    darkConfig: buildChartConfig(data, darkChartTheme),
    table: buildDataTable(data),
    legend: [],
  };
}
