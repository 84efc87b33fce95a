import type { Chart } from 'chart.js';
import { fitColumns } from './fit-columns.ts';
import { fitColumnsWith } from './fit-layout.ts';
import { placePointLabels } from './point-labels.ts';
import { lineRegistrables } from './series-line-controller.ts';
import { placePointLabelsWith } from './value-labels.ts';

/**
 * What charts over time (columns and lines) add to the bar pieces: the line controller, the
 * fitting of columns and lines, and the placing of their labels. The browser gives them only on
 * pages with such a chart (`TimeChartScript.astro`), so pages of bars never load them; the build's
 * renderer gives them always.
 */
export function useTimeChartPieces(chart: typeof Chart): void {
  chart.register(...lineRegistrables);
  fitColumnsWith(fitColumns);
  placePointLabelsWith(placePointLabels);
}
