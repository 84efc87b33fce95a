import type { Chart } from 'chart.js';
import { fitColumns } from './fit-columns.ts';
import { fitColumnsWith } from './fit-layout.ts';
import { placePointLabels } from './point-labels.ts';
import { lineRegistrables } from './series-line-controller.ts';
import { placePointLabelsWith } from './value-labels.ts';

/**
 * What every chart over time (columns and lines) adds to the bar pieces: the fitting of columns
 * and lines, and the placing of their labels. The browser gives them only on pages with such a
 * chart (`TimeChartScript.astro`), so pages of bars never load them.
 */
export function useTimeChartFitting(): void {
  fitColumnsWith(fitColumns);
  placePointLabelsWith(placePointLabels);
}

/**
 * Every piece charts over time use: the fitting and the line controller (which the browser loads
 * only on pages that draw a line, `LineChartScript.astro`). The build's renderer draws every kind.
 */
export function useTimeChartPieces(chart: typeof Chart): void {
  useTimeChartFitting();
  chart.register(...lineRegistrables);
}
