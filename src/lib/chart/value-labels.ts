import type { Chart, Plugin, ChartType } from 'chart.js';
import type { BarValueLabelOptions } from './bar-chart.ts';

// Nothing here imports the number model: these plugins ship to the reader's browser.

/** The far end of a plotted value from zero's side: a range's end furthest up (or right). */
export const topOf = (value: number | [number, number]): number => (Array.isArray(value) ? Math.max(...value) : value);

/** The end nearest the bottom (or left): a range's low end, or the value itself. */
export const bottomOf = (value: number | [number, number]): number =>
  Array.isArray(value) ? Math.min(...value) : value;

/**
 * Prints each bar's value (with its qualifier, such as "more than" or "projected") just outside
 * the bar's end: right of a bar that ends above zero, left of one that ends below, so the numbers
 * are read from the data rather than estimated from bar lengths. When bars go both ways it draws
 * the zero line. The text uses the chart's font family (Chart.defaults.font.family unless a chart
 * sets its own), so the browser prints it in the system font and the build's PNG renderer in its
 * bundled font.
 */
export const barValueLabels: Plugin<'bar', BarValueLabelOptions> = {
  id: 'barValueLabels',
  afterDatasetsDraw(chart: Chart<'bar'>, _args, options) {
    // Registered for every chart; only the bar charts configure it.
    if (!options.labels) return;
    const meta = chart.getDatasetMeta(0);
    const { ctx, chartArea } = chart;
    const base = chart.scales.x?.getPixelForValue(0) ?? chartArea.left;
    ctx.save();
    if (options.zeroLine) {
      ctx.strokeStyle = options.zeroLine;
      ctx.lineWidth = 1;
      ctx.beginPath();
      ctx.moveTo(base, chartArea.top);
      ctx.lineTo(base, chartArea.bottom);
      ctx.stroke();
    }
    ctx.textBaseline = 'middle';
    ctx.fillStyle = options.color;
    const family = chart.options.font?.family ?? 'sans-serif';
    meta.data.forEach((bar, i) => {
      const label = options.labels[i];
      if (!label) return;
      const weight = i === options.highlightIndex ? '600' : '400';
      ctx.font = `${weight} 13px ${family}`;
      const value = chart.data.datasets[0]?.data[i] as number | [number, number] | null | undefined;
      const end = Array.isArray(value) ? Math.max(...value) : value;
      // A floating bar's `base` is its low end, so its outer edges are the extremes of the two.
      const { x: head, base: foot } = bar as unknown as { x: number; base: number };
      const left = end != null && end < 0;
      ctx.textAlign = left ? 'right' : 'left';
      const x = end == null ? base + 6 : left ? Math.min(head, foot) - 6 : Math.max(head, foot) + 6;
      ctx.fillText(label, x, bar.y);
    });
    ctx.restore();
  },
};

/** Options of the value-label plugin for columns, grouped bars and lines. */
export interface PointValueLabelOptions {
  /** Per dataset, per point: the text printed at the bar's end or above the point; null prints nothing. */
  labels: (string | null)[][];
  color: string;
  /** Extra room between a line's point and its label, for the marker. */
  offset: number;
  /** [dataset, point] of the label drawn bold, if any. */
  bold?: [number, number];
}

declare module 'chart.js' {
  interface PluginOptionsByType<TType extends import('chart.js').ChartType> {
    pointValueLabels?: PointValueLabelOptions & { _type?: TType };
  }
}

/**
 * Prints every value beside its bar end or above its point, so numbers are read from the data
 * rather than estimated: to the right of a horizontal bar (left of a negative one), above a column
 * or point (below a negative one).
 */
export const pointValueLabels: Plugin<ChartType, PointValueLabelOptions> = {
  id: 'pointValueLabels',
  afterDatasetsDraw(chart: Chart, _args, options) {
    // Registered for every chart; only columns, grouped bars and lines configure it.
    if (!options.labels) return;
    const { ctx } = chart;
    const horizontal = (chart.options as { indexAxis?: string }).indexAxis === 'y';
    const family = chart.options.font?.family ?? 'sans-serif';
    ctx.save();
    ctx.fillStyle = options.color;
    chart.data.datasets.forEach((dataset, d) => {
      chart.getDatasetMeta(d).data.forEach((element, i) => {
        const label = options.labels[d]?.[i];
        const value = dataset.data[i];
        if (!label || !(typeof value === 'number' || Array.isArray(value))) return;
        const plotted = value as number | [number, number];
        const top = topOf(plotted);
        const bold = options.bold?.[0] === d && options.bold[1] === i;
        ctx.font = `${bold ? '600' : '400'} 13px ${family}`;
        const gap = 6 + options.offset;
        // A floating bar's `base` is one end and its head the other: a label goes past the outer one.
        const { base } = element as unknown as { base?: number };
        const ends = (head: number) => (Array.isArray(plotted) && base !== undefined ? [head, base] : [head]);
        if (horizontal) {
          ctx.textBaseline = 'middle';
          ctx.textAlign = top < 0 ? 'right' : 'left';
          const x = top < 0 ? Math.min(...ends(element.x)) - gap : Math.max(...ends(element.x)) + gap;
          ctx.fillText(label, x, element.y);
        } else {
          // A line's point with another series above it at the same period takes its label below,
          // so labels of close values do not collide.
          const below =
            top < 0 ||
            (options.offset > 0 &&
              chart.data.datasets.some((other, o) => {
                const theirs = other.data[i];
                return (
                  o !== d &&
                  (typeof theirs === 'number' || Array.isArray(theirs)) &&
                  topOf(theirs as number | [number, number]) > top
                );
              }));
          ctx.textAlign = 'center';
          ctx.textBaseline = below ? 'top' : 'bottom';
          const y = below ? Math.max(...ends(element.y)) + gap : Math.min(...ends(element.y)) - gap;
          ctx.fillText(label, element.x, y);
        }
      });
    });
    ctx.restore();
  },
};
