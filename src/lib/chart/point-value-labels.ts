import type { Chart, ChartType, Plugin } from 'chart.js';

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
        if (!label || typeof value !== 'number') return;
        const bold = options.bold?.[0] === d && options.bold[1] === i;
        ctx.font = `${bold ? '600' : '400'} 13px ${family}`;
        const gap = 6 + options.offset;
        if (horizontal) {
          ctx.textBaseline = 'middle';
          ctx.textAlign = value < 0 ? 'right' : 'left';
          ctx.fillText(label, element.x + (value < 0 ? -gap : gap), element.y);
        } else {
          // A line's point with another series above it at the same period takes its label below,
          // so labels of close values do not collide.
          const below =
            value < 0 ||
            (options.offset > 0 &&
              chart.data.datasets.some(
                (other, o) => o !== d && typeof other.data[i] === 'number' && (other.data[i] as number) > value,
              ));
          ctx.textAlign = 'center';
          ctx.textBaseline = below ? 'top' : 'bottom';
          ctx.fillText(label, element.x, element.y + (below ? gap : -gap));
        }
      });
    });
    ctx.restore();
  },
};
