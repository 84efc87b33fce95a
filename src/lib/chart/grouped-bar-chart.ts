import type { ChartConfiguration } from 'chart.js';
import type { GroupedBarChart } from '../../schemas/chart.ts';
import type { Figure, Unit } from '../../schemas/figure.ts';
import { chartScale, toAxis, axisTitle, baseOptions, categoryAxis, valueAxis } from './axes.ts';
import type { BriefingIndex } from '../model/briefing-index.ts';
import { seriesPoint, type SeriesPoint, pointCell } from './plotted-figure.ts';
import { basisSaid } from '../model/basis-in-words.ts';
import { bottomOf } from './value-labels.ts';
import { lightChartTheme, type ChartTheme, barPaint, seriesStyle } from './chart-style.ts';
import type { DataTable } from './bar-chart.ts';

/** Everything the config and table builders need about a grouped bar chart. */
export interface GroupedChartData {
  id: string;
  title: string;
  unit: Unit;
  /** The value axis's title, with scale and currency: "Billion Chinese yuan". */
  axisTitle: string;
  /** The series' names, in the order each group lists its figures. */
  series: string[];
  /** One per category: its name and one point per series. */
  groups: { label: string; points: SeriesPoint[] }[];
}

/** Resolves a validated grouped bar chart's figures. */
export function groupedChartData(chart: GroupedBarChart, index: BriefingIndex): GroupedChartData {
  const all = chart.groups.flatMap((group) => group.figures.map((id) => index.figures.get(id)!));
  const first = all[0]!;
  const scale = chartScale(all);
  const onAxis = (n: number, figure: Figure) => toAxis(n, figure, first, scale);
  const groups = chart.groups.map((group) => {
    const figures = group.figures.map((id) => index.figures.get(id)!);
    const first = figures[0]!;
    return {
      label: group.label ?? index.entities.get(first.entity)?.name ?? first.entity,
      points: figures.map((figure, i) => seriesPoint(figure, onAxis, basisSaid(chart.series[i] ?? ''))),
    };
  });
  return {
    id: chart.id,
    title: chart.title,
    unit: first.unit,
    axisTitle: axisTitle(first, scale),
    series: chart.series,
    groups,
  };
}

export type GroupedBarConfig = ChartConfiguration<'bar', (number | [number, number])[], string | string[]>;

/**
 * Builds the configuration for two or more series side by side per category (horizontal bars):
 * series differ in colour and in fill (solid, outlined, pale), and every bar carries its value.
 */
export function buildGroupedBarConfig(data: GroupedChartData, theme: ChartTheme = lightChartTheme): GroupedBarConfig {
  const negative = data.groups.some((g) => g.points.some((p) => bottomOf(p.value) < 0));
  const points = (i: number) => data.groups.map((g) => g.points[i]!);
  return {
    type: 'bar',
    data: {
      labels: data.groups.map((g) => g.label),
      datasets: data.series.map((name, i) => {
        const style = seriesStyle(i, theme);
        return {
          label: name,
          data: points(i).map((p) => p.value),
          backgroundColor: points(i).map((p) => barPaint(style.color, style.fill, p).background),
          borderColor: style.color,
          borderWidth: points(i).map((p) => barPaint(style.color, style.fill, p).border),
          borderSkipped: false,
          barPercentage: 0.9,
          categoryPercentage: 0.8,
        };
      }),
    },
    options: {
      ...baseOptions,
      indexAxis: 'y',
      scales: { x: valueAxis(theme, data.axisTitle), y: categoryAxis(theme) },
      plugins: {
        valueLabels: {
          labels: data.series.map((_, i) => points(i).map((p) => p.label)),
          color: theme.text,
          onSolid: theme.background,
          offset: 0,
          lowerBounds: data.series.map((_, i) => points(i).map((p) => p.kind === 'bound' && p.lower === true)),
          ...(negative ? { zeroLine: theme.text } : {}),
        },
      },
    },
  };
}

/** A grouped bar chart's numbers as a table, one row per category and one column per series. */
export function buildGroupedBarTable(data: GroupedChartData): DataTable {
  return {
    caption: `Data for “${data.title}”`,
    columns: ['Category', ...data.series],
    valuesOnly: true,
    rows: data.groups.map((group) => ({
      cells: [group.label, ...group.points.map(pointCell)],
      highlight: false,
      figure: group.points[0]!.figure,
    })),
  };
}
