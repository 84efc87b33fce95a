import type { Chart, ChartType, Plugin } from 'chart.js';
import { topOf } from './plotted-figure.ts';

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
