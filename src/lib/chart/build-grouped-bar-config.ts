import type { ChartConfiguration } from 'chart.js';
import { categoryAxis, valueAxis, valueLabelRoom } from './axis-options.ts';
import { lightChartTheme, type ChartTheme } from './chart-theme.ts';
import type { GroupedChartData } from './grouped-chart-data.ts';
import { bottomOf } from './plotted-figure.ts';
import { barPaint, seriesStyle } from './series-style.ts';
import { wrapCategoryLabel } from './wrap-category-label.ts';

export type GroupedBarConfig = ChartConfiguration<'bar', (number | [number, number])[], string | string[]>;

/**
 * Builds the configuration for two or more series side by side per category (horizontal bars):
 * series differ in colour and in fill (solid, outlined, pale), and every bar carries its value.
 */
export function buildGroupedBarConfig(data: GroupedChartData, theme: ChartTheme = lightChartTheme): GroupedBarConfig {
  const labels = data.groups.flatMap((g) => g.points.map((p) => p.label));
  const labelRoom = valueLabelRoom(labels, 220);
  const negativeRoom = data.groups.some((g) => g.points.some((p) => bottomOf(p.value) < 0)) ? labelRoom : 8;
  return {
    type: 'bar',
    data: {
      labels: data.groups.map((g) => wrapCategoryLabel(g.label)),
      datasets: data.series.map((name, i) => {
        const style = seriesStyle(i, theme);
        const points = data.groups.map((g) => g.points[i]!);
        return {
          label: name,
          data: points.map((p) => p.value),
          backgroundColor: points.map((p) => barPaint(style.color, style.fill, p.kind).background),
          borderColor: style.color,
          borderWidth: points.map((p) => barPaint(style.color, style.fill, p.kind).border),
          borderSkipped: false,
          barPercentage: 0.9,
          categoryPercentage: 0.8,
        };
      }),
    },
    options: {
      indexAxis: 'y',
      responsive: true,
      maintainAspectRatio: false,
      // The browser turns this off under prefers-reduced-motion; images draw without it.
      animation: { duration: 400 },
      layout: { padding: { right: labelRoom, left: negativeRoom } },
      scales: { x: valueAxis(theme, data.axisTitle), y: categoryAxis(theme) },
      plugins: {
        pointValueLabels: {
          labels: data.series.map((_, i) => data.groups.map((g) => g.points[i]!.label)),
          color: theme.text,
          offset: 0,
        },
      },
    },
  };
}
