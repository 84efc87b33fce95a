import type { Plugin } from 'chart.js';

/**
 * A per-chart plugin that fills the canvas before anything is drawn. In the page a chart is
 * transparent over the page colour; a PNG has no page under it, and a transparent PNG shows
 * whatever colour the viewer puts behind it (often black).
 */
export function chartBackground(colour: string): Plugin {
  return {
    id: 'imageBackground',
    beforeDraw(chart) {
      const { ctx, width, height } = chart;
      ctx.save();
      ctx.fillStyle = colour;
      ctx.fillRect(0, 0, width, height);
      ctx.restore();
    },
  };
}
