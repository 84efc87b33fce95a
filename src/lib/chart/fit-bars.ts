import type { ChartConfiguration } from 'chart.js';
import { labelGap, labelSize, topOf, bottomOf } from './value-labels.ts';
import {
  niceAxis,
  packLines,
  startFitting,
  trueMinusTick,
  type Dataset,
  type FitOptions,
  type Fitting,
} from './fit-common.ts';

// Horizontal bars fitted to their width. Nothing here imports the number model.

/**
 * How many rows of height (48 px each, past the first 70) a chart of horizontal bars needs on a
 * phone `width` wide, where its names take lines of their own: a line per name line and per bar,
 * each category's lines the same, 20 px a line (28 a bar where bars sit several a category, so a
 * long value can take two lines). Columns and lines keep `rows`.
 */
export function narrowRows(
  config: ChartConfiguration,
  rows: number,
  fit: Omit<FitOptions, 'narrow' | 'height'>,
): number {
  if ((config.options as { indexAxis?: string } | undefined)?.indexAxis !== 'y') return rows;
  const series = config.data.datasets.length;
  const phone = { ...fit, narrow: true, height: 70 + 48 * rows };
  const { fitted } = fitBars(startFitting(config, phone), phone);
  const slots = fitted.data.datasets.length - series;
  const categories = config.data.labels?.length ?? 1;
  // Chart.js gives every slot of a category the same height.
  const height = (categories * (slots + series) * (series > 1 ? 28 : 20)) / 0.92 + 50;
  return Math.min(20, Math.max(rows, Math.ceil((height - 70) / 48)));
}

/**
 * Horizontal bars: room kept beside the plot for the longest value label printed outside (or the
 * label printed inside a bar long enough, or its basis put on a second line), names beside the
 * bars wrapped to fit their height, or above them on narrow screens with one bar's value on its
 * name's line; the axis reaches past a falling bar far enough for its label.
 */
export function fitBars(fitting: Fitting, fit: FitOptions): Fitting {
  const { fitted, options, labels, datasets, measure, items, floating, dataLow, dataHigh, scales, categories } =
    fitting;
  const valueAxis = (scales.x ??= {});
  const categoryAxis = (scales.y ??= {});
  const { narrow } = fit;
  const series = datasets.length;
  // One bar a category on a phone: each value is printed on its category's name line, right
  // aligned (or on a line of its own under the name when both do not fit), and bars take the
  // whole width. Several bars a category keep their values at the bars' ends.
  const onNameLine = narrow && series === 1 && labels !== undefined;
  const nameFits = (room: number) => (line: string) => measure(line, narrow) <= room;
  const names = categories.map((name, i) => {
    if (!narrow) {
      // Beside the bars a name wraps at a third of the width, wider when the bars leave too
      // little height for the lines that makes.
      const band = (fit.height - 50) / Math.max(1, categories.length);
      const lines = Math.max(1, Math.floor((band * 0.9) / (labelSize + 3)));
      const room = [1 / 3, 0.4, 0.5].map((share) => Math.max(72, fit.width * share));
      const packed = room.map((r) => packLines(name.split(' '), nameFits(r)));
      return packed.find((p) => p.length <= lines) ?? packed.at(-1)!;
    }
    const whole = packLines(name.split(' '), nameFits(fit.width - 4));
    const value = onNameLine ? items[i]!.width : 0;
    if (value === 0) return whole;
    // The value shares the name's first line when that makes the name no longer; else it takes a line of its own.
    const room = fit.width - 4 - value - 12;
    const packed = room >= fit.width * 0.3 ? packLines(name.split(' '), nameFits(room)) : [];
    const beside = packed.length > 0 && packed.every(nameFits(room)) ? packed : undefined;
    return beside && beside.length <= whole.length ? beside : [...whole, ''];
  });
  const nameWidth = narrow ? 0 : Math.max(0, ...names.flat().map((line) => measure(line))) + 12;
  const slots = narrow ? Math.max(1, ...names.map((n) => n.length)) : 0;
  // The height one bar has: a label split over two lines needs two lines of it.
  const barHeight = ((fit.height - 50) / Math.max(1, categories.length) / (series + slots)) * 0.92;
  let low = dataLow;
  let right = onNameLine ? 8 + Math.max(0, ...items.map((item) => item.open)) : 8;
  let axis = niceAxis(low, dataHigh, 4);
  // Each pass lays the plot out with the room the last one asked for, until the room asked for
  // is the room given: a wider label margin shrinks the plot, which moves the bars' ends.
  for (let pass = 0; pass < 12; pass++) {
    const plot = fit.width - nameWidth - right - 4;
    axis = niceAxis(low, dataHigh, Math.max(2, Math.min(6, Math.floor(plot / 44))));
    if (onNameLine) break;
    const lowBefore = low;
    let lowAsked = dataLow;
    const at = (v: number) => ((v - axis.min) / (axis.max - axis.min)) * plot;
    const needs = items.flatMap((item) => {
      if (!item.text) return [];
      if (item.value === null) return [{ item, room: at(0) + labelGap + item.width - plot, fitsInside: false }];
      const high = topOf(item.value);
      if (high < 0) {
        // A label left of a falling bar must stay inside the plot: the axis reaches further
        // down, unless that would take too much of the plot; then the label sits right of zero.
        const room = labelGap + item.width + item.open - at(bottomOf(item.value));
        item.besideZero = labelGap + item.width + item.open > plot * 0.3;
        if (item.besideZero) return [{ item, room: at(0) + labelGap + item.width - plot, fitsInside: false }];
        if (room > 0) lowAsked = Math.min(lowAsked, bottomOf(item.value) - ((room + 4) / plot) * (axis.max - axis.min));
        else if (low < dataLow) lowAsked = Math.min(lowAsked, low);
        return [];
      }
      const length =
        at(high) - at(Math.max(axis.min, floating || Array.isArray(item.value) ? bottomOf(item.value) : 0));
      return [
        {
          item,
          room: at(high) + labelGap + item.open + item.width - plot,
          fitsInside: length >= item.width + 2 * labelGap,
        },
      ];
    });
    // Labels go outside while the plot keeps most of its width; past that, into bars long enough.
    const budget = (fit.width - nameWidth) * 0.4;
    for (const n of needs) n.item.inside = n.room > budget && n.fitsInside && !n.item.open;
    // A label still too long to sit outside puts its basis on a second line, "(estimate)",
    // where its bar is tall enough for two.
    for (const { item, room } of needs)
      if (
        room > budget &&
        !item.inside &&
        barHeight >= 2 * labelSize + 1 &&
        item.text?.includes(' (') &&
        !item.text.includes('\n')
      ) {
        item.text = item.text.replace(' (', '\n(');
        item.width = measure(item.text, item.bold);
      }
    const asked = Math.max(8, ...needs.filter((n) => !n.item.inside).map((n) => n.room + 2));
    low = pass < 8 ? lowAsked : Math.min(low, lowAsked);
    if (Math.abs(asked - right) < 0.5 && low === lowBefore) break;
    right = pass < 8 ? asked : Math.max(right, asked);
  }
  options.layout = { ...options.layout, padding: { ...options.layout?.padding, right, left: 0 } };
  Object.assign(valueAxis, { min: axis.min, max: axis.max, beginAtZero: !floating });
  valueAxis.ticks = {
    ...valueAxis.ticks,
    stepSize: axis.step,
    includeBounds: false,
    callback: trueMinusTick,
    maxRotation: 0,
  };
  if (labels) {
    const each = <T>(value: (item: (typeof items)[number]) => T) =>
      datasets.map((_, d) => items.filter((item) => item.d === d).map(value));
    labels.inside = each(({ d, i, inside }) => {
      if (!inside) return null;
      const fill = datasets[d]!.backgroundColor;
      // On a pale fill (a colour with an alpha) the chart's text reads; on a solid one, the page colour.
      return ((Array.isArray(fill) ? fill[i] : fill) ?? '').length > 7 ? labels.color : labels.onSolid;
    });
    labels.labels = each(({ text }) => (onNameLine ? null : text));
    labels.besideZero = each(({ besideZero }) => besideZero);
    if (onNameLine) labels.categoryValues = items.map((item) => item.text);
  }
  if (narrow) {
    // Names go above the bars, in slots of their own: an empty series per line of the longest
    // name, placed first so the slot is the top of each category's band.
    const empty = (): Dataset => ({ label: '', data: categories.map(() => null), barPercentage: 1 });
    datasets.unshift(...Array.from({ length: slots }, empty));
    for (const dataset of datasets) {
      dataset.categoryPercentage = 0.92;
      dataset.maxBarThickness = 28;
    }
    if (labels) {
      const pad = <T>(rows: T[][] | undefined, fill: T): T[][] | undefined =>
        rows && [...Array.from({ length: slots }, () => categories.map(() => fill)), ...rows];
      labels.labels = pad(labels.labels, null)!;
      labels.inside = pad(labels.inside, null);
      labels.besideZero = pad(labels.besideZero, false);
      labels.lowerBounds = pad(labels.lowerBounds, false);
      if (labels.bold) labels.bold = [labels.bold[0] + slots, labels.bold[1]];
      labels.categoryLines = names;
    }
    categoryAxis.ticks = { ...categoryAxis.ticks, display: false };
  } else {
    fitted.data.labels = names.map((lines) => (lines.length === 1 ? lines[0]! : lines));
  }
  return fitting;
}
