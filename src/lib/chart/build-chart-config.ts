import type { ChartConfiguration } from 'chart.js';
import { categoryAxis, valueAxis, valueLabelRoom } from './axis-options.ts';
import { barPaint } from './series-style.ts';
import { wrapCategoryLabel } from './wrap-category-label.ts';
import type { ChartData, ChartRow } from './chart-rows.ts';
import { lightChartTheme, type ChartTheme } from './chart-theme.ts';

/** Options of the value-label plugin registered in `chart-registrables.ts`. */
export interface BarValueLabelOptions {
  /** Printed at the end of each bar (or at the axis for a row with no bar). */
  labels: string[];
  /** Index of the row whose label is drawn bold. */
  highlightIndex: number;
  color: string;
  /** Colour of the line drawn at zero when bars go both ways; absent when none goes below zero. */
  zeroLine?: string;
}

declare module 'chart.js' {
  interface PluginOptionsByType<TType extends import('chart.js').ChartType> {
    barValueLabels?: BarValueLabelOptions & { _type?: TType };
  }
}

/** What is printed beside a bar: the value with its qualifier, so a bound never reads as exact. */
export function barLabel(row: ChartRow): string {
  if (row.kind === 'unstated') return `not stated (${row.notes[0]})`;
  const derived = row.notes.some((note) => note.startsWith('derived: '));
  const words = [row.basis && row.basis !== 'reported' ? row.basis : '', derived ? 'derived' : ''].filter(Boolean);
  return words.length ? `${row.display} (${words.join('; ')})` : row.display;
}

/**
 * Builds the Chart.js configuration for a horizontal bar chart (bars both ways from zero, ranges
 * as floating bars): a pure function of the chart's data and a theme, shared by every chart and
 * serialised into the page for the browser to draw.
 */
export function buildChartConfig(
  data: ChartData,
  theme: ChartTheme = lightChartTheme,
): ChartConfiguration<'bar', (number | [number, number] | null)[], string | string[]> {
  const { rows } = data;
  const labels = rows.map(barLabel);
  const ends = rows.map((r) => (Array.isArray(r.value) ? r.value : [r.value ?? 0]));
  const max = Math.max(0, ...ends.flat());
  const min = Math.min(0, ...ends.flat());
  // A bar whose far end is below zero carries its label on its left.
  const leftward = ends.map((e) => Math.max(...e) < 0);
  const fill = (row: ChartRow) => (row.highlight ? theme.highlight : theme.neutral);
  // A row the source gives no number for draws no bar; its paint is never seen.
  const paintKind = (row: ChartRow) => (row.kind === 'unstated' ? 'exact' : row.kind);
  // Room for the longest value label on each side. Rows without a bar print their note from the
  // axis, inside the plot, so they need no room.
  const room = (left: boolean) =>
    valueLabelRoom(
      labels.filter((_, i) => rows[i]!.value !== null && leftward[i] === left),
      200,
    );
  const labelRoom = room(false);
  // The category names sit left of the plot, so a label left of a falling bar needs room inside
  // it: the axis reaches past the lowest bar by about the label's share of a phone-wide plot.
  const suggestedMin = min < 0 ? min - (max - min) * Math.min(0.6, room(true) / 280) : undefined;
  return {
    type: 'bar',
    data: {
      labels: rows.map((r) => wrapCategoryLabel(r.label)),
      datasets: [
        {
          label: data.title,
          data: rows.map((r) => r.value),
          backgroundColor: rows.map((r) => barPaint(fill(r), 'solid', paintKind(r)).background),
          borderColor: rows.map(fill),
          borderWidth: rows.map((r) => barPaint(fill(r), 'solid', paintKind(r)).border),
          borderSkipped: false,
          barPercentage: 0.8,
          categoryPercentage: 0.8,
        },
      ],
    },
    options: {
      indexAxis: 'y',
      responsive: true,
      maintainAspectRatio: false,
      // The browser turns this off under prefers-reduced-motion; share images draw without it.
      animation: { duration: 400 },
      layout: { padding: { right: labelRoom } },
      scales: {
        x: {
          ...valueAxis(theme, data.axisTitle),
          // The longest bar spans the plot; its value label sits in the padding beside it.
          max: max > 0 ? max : 0,
          ...(suggestedMin === undefined ? {} : { suggestedMin }),
        },
        y: categoryAxis(theme),
      },
      plugins: {
        barValueLabels: {
          labels,
          highlightIndex: rows.findIndex((r) => r.highlight),
          color: theme.text,
          ...(min < 0 ? { zeroLine: theme.text } : {}),
        },
      },
    },
  };
}
