import type { ChartConfiguration } from 'chart.js';
import { startFitting, type FitOptions } from './fit-common.ts';
import { fitBars } from './fit-bars.ts';
import type { fitColumns } from './fit-columns.ts';

// Nothing here imports the number model: the browser fits each chart to its room as it draws it.

/**
 * How columns and lines are fitted, once given: the browser loads `fit-columns.ts` only on pages
 * with a chart over time, so pages of bars do not carry it; the build's renderer gives it always.
 */
let columnFitting: typeof fitColumns | undefined;

/** Gives `fitChart` the fitting of columns and lines (`fitColumns`). */
export function fitColumnsWith(fitter: typeof fitColumns): void {
  columnFitting = fitter;
}

/**
 * Fits a chart's configuration to the width it is drawn at, from measured text rather than fixed
 * padding: the same function lays out the page's chart, the print and no-script pictures and the
 * share image. Horizontal bars keep room for their longest value label (or print it inside a bar
 * long enough), put category names above the bars on narrow screens, and reach past a falling bar
 * far enough for its label; columns and lines thin and wrap their period labels. Every value axis
 * ends on round ticks, as many as its width can print, each with a true minus.
 */
export function fitChart<C extends ChartConfiguration>(config: C, fit: FitOptions): C {
  const fitting = startFitting(config, fit);
  if (fitting.options.indexAxis === 'y') return fitBars(fitting, fit).fitted as C;
  if (!columnFitting) throw new Error('fitChart: columns and lines need fitColumnsWith(fitColumns) first');
  return columnFitting(fitting, fit).fitted as C;
}
