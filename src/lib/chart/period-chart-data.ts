import type { Figure } from '../../schemas/figure.ts';
import type { FigurePeriod } from '../model/periods.ts';
import { chartAxis, figureChartRow, type ChartData } from './bar-chart.ts';

/** One bar of a chart over periods: a figure and its resolved period. */
export interface PeriodPoint {
  figure: Figure;
  period: FigurePeriod;
  /** How a derived figure was computed, resolved in its own briefing. */
  derivation?: string;
}

/**
 * One metric over periods as bar-chart data, a bar per period in the order given (oldest first),
 * each labelled as a chart axis names its period, the latest emphasised.
 */
export function periodChartData(chart: { id: string; title: string }, points: readonly PeriodPoint[]): ChartData {
  const axis = chartAxis(points.map((p) => p.figure));
  return {
    id: chart.id,
    title: chart.title,
    axisTitle: axis.title,
    byPeriod: true,
    rows: points.map(({ figure, period, derivation }, i) =>
      figureChartRow(
        figure,
        { label: period.axis, period: period.heading, highlight: i === points.length - 1 },
        axis.toAxis,
        derivation,
      ),
    ),
  };
}
