import type { Figure } from '../../schemas/figure.ts';
import type { FigurePeriod } from '../model/periods.ts';
import { chartAxis } from '../chart/bar-chart.ts';
import { seriesPoint } from '../chart/plotted-figure.ts';
import { buildTimeChartConfig, buildTimeChartTable, type TimeChartData } from '../chart/time-chart.ts';
import { darkChartTheme, lightChartTheme } from '../chart/chart-style.ts';
import { chartPictures, type ChartView, type ShownChart } from './chart-view.ts';
import { chartEmbed } from './chart-embed.ts';
import { embedPagePath } from '../model/page-addresses.ts';
import { andList } from '../model/format-number.ts';
import { capitalise } from '../errors/wording.ts';

/** One period on a chart over periods: its figure, or none where no briefing gives one. */
export interface PeriodPoint {
  figure?: Figure;
  period: FigurePeriod;
}

/** Figures of a basis, as a caption or note names them. */
export const basisPlural: Record<Figure['basis'], string> = {
  reported: 'reported values',
  estimate: 'estimates',
  projected: 'projections',
};

/** The most periods drawn as columns; a longer series is a line, which stays legible packed closer. */
export const mostColumns = 8;

/** What a period no briefing gives a figure for says in the chart's summary and table. */
export const unstatedPeriod = 'not stated (no briefing gives a figure)';

/**
 * One metric over periods on a time axis, oldest first: a column per period (a line beyond
 * `mostColumns`), each period named as a chart axis names it and every period kept, one without a
 * figure left empty so that a gap reads as one. The latest figure is emphasised. Points are keyed
 * by their place on the axis, as figure ids repeat across briefings.
 */
export function periodChartData(chart: { id: string; title: string }, points: readonly PeriodPoint[]): TimeChartData {
  const figures = points.flatMap((p) => (p.figure ? [p.figure] : []));
  const axis = chartAxis(figures);
  const latest = points.findLastIndex((p) => p.figure);
  return {
    id: chart.id,
    title: chart.title,
    kind: points.length > mostColumns ? 'line' : 'column',
    unit: figures[0]!.unit,
    axisTitle: axis.title,
    categories: points.map((p) => p.period.axis),
    periods: points.map((p) => p.period.heading),
    series: [
      {
        label: chart.title,
        points: points.map((p, i) => (p.figure ? { ...seriesPoint(p.figure, axis.toAxis), figure: `${i}` } : null)),
      },
    ],
    highlight: `${latest}`,
  };
}

/** A chart of one metric over periods on a company page: what any chart figure shows, and its travels. */
export type CompanyChartView = ShownChart & Pick<ChartView, 'csvPath' | 'embed'>;

/** Rows of height a company chart takes: a compact chart, the table under it holding every figure. */
export const companyChartRows = 4;

/** Builds the chart of a company's metric over periods from its chosen points, oldest first. */
export function buildCompanyChartView(
  chart: { id: string; title: string; anchor: string; pageUrl: string; company: string },
  points: readonly PeriodPoint[],
  sources: readonly string[],
): CompanyChartView {
  const data = periodChartData(chart, points);
  const config = buildTimeChartConfig(data, lightChartTheme);
  const base = `${chart.pageUrl}charts/${chart.id}`;
  const pictures = chartPictures(base, config, companyChartRows);
  const figures = points.flatMap((p) => (p.figure ? [p.figure] : []));
  // Points are of one basis, or else estimates and projections where no two periods were reported.
  const bases = new Set(figures.map((f) => f.basis));
  const basis = bases.has('reported')
    ? capitalise(basisPlural.reported)
    : `${capitalise(andList((['estimate', 'projected'] as const).filter((b) => bases.has(b)).map((b) => basisPlural[b])))}, the latest for each period (no two periods have reported values)`;
  const gaps = points.length - figures.length;
  const first = points[0]!.period.axis;
  const last = points.at(-1)!.period.axis;
  return {
    kind: data.kind,
    anchor: chart.anchor,
    title: data.title,
    caption: `${basis}, ${first} to ${last}${
      gaps > 0 ? `; ${gaps === 1 ? 'a period' : 'periods'} no briefing gives a figure for left empty` : ''
    }.`,
    sourceLine: `Source: ${sources.join('; ')}.`,
    summary: `${data.title}. ${points
      .map((p, i) => `${p.period.axis}: ${data.series[0]!.points[i]?.label ?? unstatedPeriod}`)
      .join('. ')}.`,
    rows: companyChartRows,
    printImage: pictures.wide.light,
    pictures,
    csvPath: `${base}.csv`,
    embed: chartEmbed({
      base,
      page: embedPagePath(chart.pageUrl, chart.id),
      source: `${chart.pageUrl}#${chart.anchor}`,
      // Away from its page, the chart names its company, as the company's share card does.
      title: `${chart.company}: ${data.title}`,
      pictures,
    }),
    config,
    darkConfig: buildTimeChartConfig(data, darkChartTheme),
    table: buildTimeChartTable(data),
    legend: [],
  };
}
