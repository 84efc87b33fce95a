import type { ChartConfiguration } from 'chart.js';
import type { TimeChart } from '../../schemas/chart.ts';
import type { Figure, Unit } from '../../schemas/figure.ts';
import { chartScale, toAxis, axisTitle, baseOptions, categoryAxis, valueAxis } from './axes.ts';
import { bottomOf } from './value-labels.ts';
import type { BriefingIndex } from '../model/briefing-index.ts';
import { figurePeriod } from '../model/periods.ts';
import { seriesPoint, type SeriesPoint, pointCell } from './plotted-figure.ts';
import { lightChartTheme, type ChartTheme, barPaint, seriesStyle } from './chart-style.ts';
import type {} from './series-line-controller.ts';
import type { DataTable } from './bar-chart.ts';

/** Everything the config and table builders need about a chart of figures over time. */
export interface TimeChartData {
  id: string;
  title: string;
  kind: TimeChart['kind'];
  unit: Unit;
  /** The value axis's title, with scale and currency: "Billion Chinese yuan", "Percent". */
  axisTitle: string;
  /** The periods along the axis, oldest first: "Jul–Sep 2025". */
  categories: string[];
  /** The same periods in words, for the table: "The quarter to 30 September 2025 (Q2 of fiscal 2026)". */
  periods: string[];
  /** One per series; a period a series has no figure for is null. */
  series: { label: string; points: (SeriesPoint | null)[] }[];
  /** The emphasised figure, if any. */
  highlight?: string;
}

/**
 * Lays a validated time chart's series out on one axis of periods: every period any series has,
 * in time order (validation has made sure they can be ordered).
 */
export function timeChartData(chart: TimeChart, index: BriefingIndex): TimeChartData {
  const resolved = chart.series.map((series) =>
    series.figures.map((id) => {
      const figure = index.figures.get(id)!;
      return { figure, period: figurePeriod(figure, index.entities) };
    }),
  );
  const key = (p: { range?: { start: string; end?: string } }) => `${p.range?.start}/${p.range?.end ?? ''}`;
  const axis = new Map<string, { start: string; axis: string; heading: string }>();
  // A period shared by several series is named as the first series names it (fiscal or calendar).
  for (const { period } of resolved.flat()) {
    if (!axis.has(key(period)))
      axis.set(key(period), { start: period.range?.start ?? '', axis: period.axis, heading: period.heading });
  }
  const ordered = [...axis.entries()].sort(([, a], [, b]) => a.start.localeCompare(b.start));
  const first = resolved[0]![0]!.figure;
  const scale = chartScale(resolved.flat().map((r) => r.figure));
  const onAxis = (n: number, figure: Figure) => toAxis(n, figure, first, scale);
  return {
    id: chart.id,
    title: chart.title,
    kind: chart.kind,
    unit: first.unit,
    axisTitle: axisTitle(first, scale),
    categories: ordered.map(([, p]) => p.axis),
    periods: ordered.map(([, p]) => p.heading),
    series: chart.series.map((series, i) => ({
      label: series.label ?? index.entities.get(resolved[i]![0]!.figure.entity)?.name ?? series.figures[0]!,
      points: ordered.map(([k]) => {
        const found = resolved[i]!.find((r) => key(r.period) === k);
        return found ? seriesPoint(found.figure, onAxis) : null;
      }),
    })),
    highlight: chart.highlight,
  };
}

/** A column chart's or line chart's configuration, JSON only. */
export type TimeChartConfig =
  | ChartConfiguration<'bar', (number | [number, number] | null)[], string>
  | ChartConfiguration<'seriesLine', (number | [number, number] | null)[], string>;

const values = (points: (SeriesPoint | null)[]) => points.map((p) => p?.value ?? null);
const labels = (points: (SeriesPoint | null)[]) => points.map((p) => p?.label ?? null);

/**
 * Builds the configuration for one metric over time: columns (vertical bars per period) or a line
 * per series, with every value printed. A single series of columns emphasises its highlighted
 * figure as a bar chart does; several series take a colour, fill, dash and marker each.
 */
export function buildTimeChartConfig(data: TimeChartData, theme: ChartTheme = lightChartTheme): TimeChartConfig {
  const single = data.series.length === 1;
  const boldAt = data.series.flatMap((s, d) => {
    const i = s.points.findIndex((p) => p?.figure === data.highlight);
    return i >= 0 ? [[d, i] as [number, number]] : [];
  })[0];
  const scales = { x: categoryAxis(theme), y: valueAxis(theme, data.axisTitle) };
  const common = { ...baseOptions, layout: { padding: { top: 8, right: 8 } }, scales };
  const negative = data.series.some((s) => s.points.some((p) => p && bottomOf(p.value) < 0));
  const plugin = (offset: number) => ({
    labels: data.series.map((s) => labels(s.points)),
    color: theme.text,
    onSolid: theme.background,
    offset,
    ...(boldAt ? { bold: boldAt } : {}),
    lowerBounds: data.series.map((s) => s.points.map((p) => p?.kind === 'bound' && p.lower === true)),
    ...(negative ? { zeroLine: theme.text } : {}),
  });
  if (data.kind === 'line') {
    return {
      type: 'seriesLine',
      data: {
        labels: data.categories,
        datasets: data.series.map((s, i) => {
          const style = seriesStyle(i, theme);
          return {
            label: s.label,
            data: values(s.points),
            borderColor: style.color,
            backgroundColor: style.color,
            borderDash: style.dash,
            marker: style.marker,
          };
        }),
      },
      options: { ...common, plugins: { valueLabels: plugin(6) } },
    };
  }
  return {
    type: 'bar',
    data: {
      labels: data.categories,
      datasets: data.series.map((s, i) => {
        const style = seriesStyle(i, theme);
        const color = (p: SeriesPoint | null) =>
          single
            ? data.highlight === undefined || p?.figure === data.highlight
              ? theme.highlight
              : theme.neutral
            : style.color;
        const paint = (p: SeriesPoint | null) => barPaint(color(p), style.fill, p ?? { kind: 'exact' });
        return {
          label: s.label,
          data: values(s.points),
          backgroundColor: s.points.map((p) => paint(p).background),
          borderColor: s.points.map(color),
          borderWidth: s.points.map((p) => paint(p).border),
          borderSkipped: false,
          barPercentage: 0.85,
          categoryPercentage: 0.75,
        };
      }),
    },
    options: { ...common, plugins: { valueLabels: plugin(0) } },
  };
}

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
        cells: [period, ...points.map(pointCell)],
        highlight: data.highlight !== undefined && points.some((p) => p?.figure === data.highlight),
        ...(figure ? { figure } : {}),
      };
    }),
  };
}
