import type { Chart, Plugin } from 'chart.js';
import type { BarValueLabelOptions } from './build-chart-config.ts';

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
