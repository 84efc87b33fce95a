import type { Chart, TimeChart } from '../../schemas/chart.ts';

/** Every figure id a chart draws, in the order it lists them, whatever its kind. */
export function chartFigureIds(chart: Chart): string[] {
  switch (chart.kind) {
    case 'bar':
      return chart.items.flatMap((item) => ('figure' in item ? [item.figure] : []));
    case 'column':
    case 'line':
      return chart.series.flatMap((series) => series.figures);
    case 'grouped-bar':
      return chart.groups.flatMap((group) => group.figures);
  }
}

/** True for a chart of figures over time (`column` or `line`). */
export function isTimeChart(chart: Chart): chart is TimeChart {
  return chart.kind === 'column' || chart.kind === 'line';
}
