import { createCanvas, type Canvas } from '@napi-rs/canvas';
import type { ChartConfiguration } from 'chart.js';
import { chartBackground } from './chart-background.ts';
import { Chart } from './register-chart-node.ts';

/** How a chart is drawn outside the browser. */
export interface ChartCanvasOptions {
  /** Size in CSS pixels: the size the chart is laid out at, as in a page. */
  width: number;
  height: number;
  /** Device pixels per CSS pixel (the canvas is width × scale by height × scale); 1 by default. */
  scale?: number;
  /** Fill behind the chart; transparent when absent. */
  background?: string;
}

/**
 * Draws a config from `buildChartConfig` onto a fresh canvas and hands the canvas to `use` while
 * the drawing is on it: destroying a Chart clears its canvas, so the chart is destroyed only
 * after `use` has encoded or copied it. The config is deep-cloned first because Chart.js writes
 * into the config it is given (it patches the data arrays while it lives and turns animation off), and the
 * same config is also serialised into the page.
 */
export function withChartCanvas<T>(
  config: ChartConfiguration,
  options: ChartCanvasOptions,
  use: (canvas: Canvas) => T,
): T {
  const { width, height, scale = 1, background } = options;
  // A config's type, data and options are plain data (they are serialised into pages), so
  // structuredClone copies them whole; inline plugins are code, which Chart.js does not write to.
  const { plugins = [], ...data } = config;
  const own = structuredClone(data);
  const canvas = createCanvas(width, height);
  const chart = new Chart(canvas as unknown as HTMLCanvasElement, {
    ...own,
    plugins: [...(background ? [chartBackground(background)] : []), ...plugins],
    // Laid out once at the given size, drawn at once, at the requested pixel density.
    options: { ...own.options, responsive: false, animation: false, devicePixelRatio: scale },
  });
  try {
    return use(canvas);
  } finally {
    chart.destroy();
  }
}
