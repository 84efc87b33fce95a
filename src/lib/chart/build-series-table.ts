import type { DataTable } from './build-data-table.ts';
import type { GroupedChartData } from './grouped-chart-data.ts';
import type { SeriesPoint } from './plotted-figure.ts';
import type { TimeChartData } from './time-chart-data.ts';

const cell = (point: SeriesPoint | null | undefined) => point?.label ?? '—';

/** A time chart's numbers as a table, one row per period and one column per series. */
export function buildTimeChartTable(data: TimeChartData): DataTable {
  return {
    caption: `Data for “${data.title}”`,
    columns: ['Period', ...data.series.map((s) => s.label)],
    valuesOnly: true,
    rows: data.periods.map((period, i) => {
      const points = data.series.map((s) => s.points[i]);
      const figure = points.find((p) => p)?.figure;
      return {
        cells: [period, ...points.map(cell)],
        highlight: data.highlight !== undefined && points.some((p) => p?.figure === data.highlight),
        ...(figure ? { figure } : {}),
      };
    }),
  };
}

/** A grouped bar chart's numbers as a table, one row per category and one column per series. */
export function buildGroupedBarTable(data: GroupedChartData): DataTable {
  return {
    caption: `Data for “${data.title}”`,
    columns: ['Category', ...data.series],
    valuesOnly: true,
    rows: data.groups.map((group) => ({
      cells: [group.label, ...group.points.map(cell)],
      highlight: false,
      figure: group.points[0]!.figure,
    })),
  };
}
