import type { ChartConfiguration } from 'chart.js';
import { categoryAxis, valueAxis } from './axis-options.ts';
import { lightChartTheme, type ChartTheme } from './chart-theme.ts';
import type { SeriesPoint } from './plotted-figure.ts';
import { barPaint, seriesStyle } from './series-style.ts';
import type { TimeChartData } from './time-chart-data.ts';
import type {} from './series-line-controller.ts';

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
  const scales = {
    x: { ...categoryAxis(theme), ticks: { ...categoryAxis(theme).ticks, maxRotation: 0 } },
    y: { ...valueAxis(theme, data.axisTitle), grace: '12%' },
  };
  const common = {
    responsive: true,
    maintainAspectRatio: false,
    // The browser turns this off under prefers-reduced-motion; images draw without it.
    animation: { duration: 400 },
    layout: { padding: { top: 8, right: 8 } },
    scales,
  };
  const plugin = (offset: number) => ({
    labels: data.series.map((s) => labels(s.points)),
    color: theme.text,
    offset,
    ...(boldAt ? { bold: boldAt } : {}),
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
      options: { ...common, plugins: { pointValueLabels: plugin(6) } },
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
        const paint = (p: SeriesPoint | null) => barPaint(color(p), style.fill, p?.kind ?? 'exact');
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
    options: { ...common, plugins: { pointValueLabels: plugin(0) } },
  };
}
