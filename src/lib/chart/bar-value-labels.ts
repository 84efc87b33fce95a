import type { Chart, Plugin } from 'chart.js';
import type { BarValueLabelOptions } from './build-chart-config.ts';

/**
 * Prints each bar's value (with its qualifier, such as "more than" or "projected") at the bar's
 * end, so the numbers are read from the data rather than estimated from bar lengths. The text
 * uses the chart's font family (Chart.defaults.font.family unless a chart sets its own), so the
 * browser prints it in the system font and the build's PNG renderer in its bundled font.
 */
export const barValueLabels: Plugin<'bar', BarValueLabelOptions> = {
  id: 'barValueLabels',
  afterDatasetsDraw(chart: Chart<'bar'>, _args, options) {
    // Registered for every chart; only the bar charts configure it.
    if (!options.labels) return;
    const meta = chart.getDatasetMeta(0);
    const { ctx } = chart;
    const base = chart.scales.x?.getPixelForValue(0) ?? chart.chartArea.left;
    ctx.save();
    ctx.textBaseline = 'middle';
    ctx.fillStyle = options.color;
    const family = chart.options.font?.family ?? 'sans-serif';
    meta.data.forEach((bar, i) => {
      const label = options.labels[i];
      if (!label) return;
      const weight = i === options.highlightIndex ? '600' : '400';
      ctx.font = `${weight} 13px ${family}`;
      const value = chart.data.datasets[0]?.data[i];
      const x = value == null ? base : bar.x;
      ctx.fillText(label, x + 6, bar.y);
    });
    ctx.restore();
  },
};
