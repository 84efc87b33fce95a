import type { ChartConfiguration } from 'chart.js';
import { lightChartTheme } from '../chart/chart-style.ts';
import { canvasToPng } from './encode-png.ts';
import { withChartCanvas, type ChartCanvasOptions } from './with-chart-canvas.ts';

/**
 * Draws a chart's config (the same one the page serialises) to PNG bytes at build time, for
 * print and static images. The image is width × scale by height × scale pixels, filled with the
 * light theme's page colour unless `background` says otherwise (pass the dark theme's
 * `background` with a dark config). The config passed in is left unchanged.
 */
export function renderChartPng(config: ChartConfiguration, options: ChartCanvasOptions): Buffer {
  const background = options.background ?? lightChartTheme.background;
  return withChartCanvas(config, { ...options, background }, canvasToPng);
}
