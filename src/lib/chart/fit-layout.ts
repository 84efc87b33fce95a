import type { ChartConfiguration } from 'chart.js';
import { bottomOf, labelGap, labelSize, openEndRoom, topOf, type ValueLabelOptions } from './value-labels.ts';

// Nothing here imports the number model: the browser fits each chart to its room as it draws it.

/**
 * Screens this narrow put category names above their bars (as Datawrapper does on phones): the
 * page's CSS, the no-script picture's `<source media>` and the chart script use this one query.
 */
export const narrowQuery = '(max-width: 30em)';
/** The chart column on the narrowest phone the site is laid out for (a 320 px screen). */
export const narrowestChartWidth = 273;
/** The width the narrow no-script picture is drawn at: a phone's chart column. */
export const narrowPictureWidth = 320;

/** Measures a text's width in pixels in a CSS font ("600 13px system-ui"). */
export type MeasureText = (text: string, font: string) => number;

export interface FitOptions {
  /** The chart's size in CSS pixels. */
  width: number;
  height: number;
  /** True on narrow screens (`narrowQuery`): category names go above their bars. */
  narrow: boolean;
  measure: MeasureText;
  /** The font family text is drawn in. */
  family: string;
}

type Value = number | [number, number] | null;
type Dataset = { data: Value[]; backgroundColor?: string | string[]; [key: string]: unknown };
type Axis = Record<string, unknown> & { ticks?: Record<string, unknown> };

/** The smallest plot a chart may keep: narrower, bars can no longer be compared. */
export const minPlotWidth = (width: number) => Math.max(96, width * 0.3);

/**
 * Round axis bounds and step around [low, high] for at most `maxTicks` intervals: steps of 1, 2,
 * 2.5 or 5 times a power of ten, so the last tick is a round number past the data, not on it.
 * The smallest step that wastes no more than a quarter of the data's span wins, else the one
 * that wastes least. A small fall beside large rises takes a tenth of a step below zero, not a
 * whole step (the axis then has no tick at its low end).
 */
export function niceAxis(low: number, high: number, maxTicks: number): { min: number; max: number; step: number } {
  const span = high - low || Math.abs(high) || 1;
  if (high === low) high = low + span;
  const rough = span / Math.max(1, maxTicks);
  const power = 10 ** Math.floor(Math.log10(rough));
  const round = (n: number) => Number(n.toPrecision(12));
  const options = [1, 2, 2.5, 5, 10, 20, 25, 50]
    .map((m) => round(m * power))
    .filter((step) => step >= rough * (1 - 1e-9))
    .map((step) => {
      const sub = low < 0 && high > 0 && -low < step / 2 ? step / 10 : step;
      const min = round(Math.floor(low / sub + 1e-9) * sub);
      const max = round(Math.ceil(high / step - 1e-9) * step);
      return { min, max, step };
    });
  return (
    options.find((o) => o.max - o.min <= (high - low) * 1.25) ??
    options.reduce((best, o) => (o.max - o.min < best.max - best.min ? o : best))
  );
}

/** Tick text in the chart's locale with a true minus, as value labels print it: "−80", "2.5". */
export function tickFormatter(locale: string, step: number): (value: number | string) => string {
  const decimals = Math.max(0, -Math.floor(Math.log10(step) + 1e-9) + (String(step).includes('.25') ? 1 : 0));
  const format = new Intl.NumberFormat(locale, { maximumFractionDigits: Math.min(decimals + 1, 4) });
  return (value) => format.format(Number(value)).replace('-', '−');
}

/** Relative luminance of a #rrggbb colour, for choosing text drawn on it. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** Text colour for a label inside a bar: the chart's text on a pale fill, else black or white, whichever contrasts more. */
function insideColour(fill: string, text: string): string {
  if (fill.length > 7) return text;
  const [dark, light] = ['#111519', '#ffffff'];
  const l = luminance(fill);
  return (l + 0.05) / (luminance(dark) + 0.05) > 1.05 / (l + 0.05) ? dark : light;
}

/**
 * Packs words into lines greedily: each word joins the line before it while the joined line still
 * fits, and starts a new line when it does not (a word too long for any line keeps one of its own).
 * What "fits" means (characters, pixels) is the caller's.
 */
export function packLines(words: readonly string[], fits: (line: string) => boolean): string[] {
  const lines: string[] = [];
  for (const word of words) {
    const last = lines.at(-1);
    if (last !== undefined && fits(`${last} ${word}`)) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

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
  const fitted = fitChart(config, { ...fit, narrow: true, height: 70 + 48 * rows });
  const slots = fitted.data.datasets.length - series;
  const categories = config.data.labels?.length ?? 1;
  // Chart.js gives every slot of a category the same height.
  const height = (categories * (slots + series) * (series > 1 ? 28 : 20)) / 0.92 + 50;
  return Math.min(20, Math.max(rows, Math.ceil((height - 70) / 48)));
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
  const fitted = structuredClone(config) as C;
  const options = (fitted.options ??= {}) as Record<string, unknown> & {
    indexAxis?: string;
    locale?: string;
    layout?: { padding?: Record<string, number> };
    scales?: Record<string, Axis>;
    plugins?: { valueLabels?: ValueLabelOptions };
  };
  const labels = options.plugins?.valueLabels;
  const datasets = fitted.data.datasets as unknown as Dataset[];
  const locale = options.locale ?? 'en-GB';
  const font = (bold: boolean) => `${bold ? 600 : 400} ${labelSize}px ${fit.family}`;
  // A label may have been split over two lines (see below): its width is its longest line's.
  const measure = (text: string, bold = false) =>
    Math.max(...text.split('\n').map((line) => fit.measure(line, font(bold))));
  const items = datasets.flatMap((dataset, d) =>
    dataset.data.map((value, i) => {
      const text = labels?.labels[d]?.[i] ?? null;
      const bold = labels?.bold?.[0] === d && labels.bold[1] === i;
      const open = labels?.lowerBounds?.[d]?.[i] ? openEndRoom : 0;
      return { d, i, value, text, bold, width: text ? measure(text, bold) : 0, open };
    }),
  );
  const plotted = items.flatMap((item) => (item.value === null ? [] : [item.value]));
  // Bars grow from zero, so zero is on the axis, unless every bar floats (ranges only).
  const floating = plotted.length > 0 && plotted.every(Array.isArray);
  const dataLow = Math.min(floating ? Infinity : 0, ...plotted.map(bottomOf));
  // A floor's bar must not end on the axis's end: its open end points past it.
  const dataHigh = Math.max(
    floating ? -Infinity : 0,
    ...items.flatMap((item) => (item.value === null ? [] : [topOf(item.value) * (item.open ? 1.02 : 1)])),
  );
  const scales = (options.scales ??= {});
  const categories = (fitted.data.labels ?? []).map((l) => (Array.isArray(l) ? l.join(' ') : String(l)));

  if (options.indexAxis === 'y') {
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
    let inside = new Set<(typeof items)[number]>();
    const besideZero = new Set<(typeof items)[number]>();
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
          if (labelGap + item.width + item.open > plot * 0.3) {
            besideZero.add(item);
            return [{ item, room: at(0) + labelGap + item.width - plot, fitsInside: false }];
          }
          besideZero.delete(item);
          if (room > 0)
            lowAsked = Math.min(lowAsked, bottomOf(item.value) - ((room + 4) / plot) * (axis.max - axis.min));
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
      inside = new Set(needs.filter((n) => n.room > budget && n.fitsInside && !n.item.open).map((n) => n.item));
      // A label still too long to sit outside puts its basis on a second line, "(estimate)",
      // where its bar is tall enough for two.
      for (const { item, room } of needs)
        if (
          room > budget &&
          !inside.has(item) &&
          barHeight >= 2 * labelSize + 1 &&
          item.text?.includes(' (') &&
          !item.text.includes('\n')
        ) {
          item.text = item.text.replace(' (', '\n(');
          item.width = measure(item.text, item.bold);
        }
      const asked = Math.max(8, ...needs.filter((n) => !inside.has(n.item)).map((n) => n.room + 2));
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
      callback: tickFormatter(locale, axis.step),
      maxRotation: 0,
    };
    if (labels) {
      const itemAt = (d: number, i: number) => items.find((it) => it.d === d && it.i === i)!;
      const each = <T>(value: (d: number, i: number) => T) =>
        datasets.map((dataset, d) => dataset.data.map((_, i) => value(d, i)));
      labels.inside = each((d, i) => {
        if (!inside.has(itemAt(d, i))) return null;
        const fill = datasets[d]!.backgroundColor;
        return insideColour((Array.isArray(fill) ? fill[i] : fill) ?? '#000000', labels.color);
      });
      labels.labels = each((d, i) => (onNameLine ? null : itemAt(d, i).text));
      labels.besideZero = each((d, i) => besideZero.has(itemAt(d, i)));
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
    return fitted;
  }

  // Columns and lines: periods along the bottom, values up the side.
  const valueAxis = (scales.y ??= {});
  const periodAxis = (scales.x ??= {});
  // Headroom above the highest point (and below the lowest) for its label: a share of the plot's
  // height, which is the box's less the period names and axis.
  const tallest = Math.max(0, ...items.map((item) => item.width));
  const headroom = (labelSize + labelGap + 10) / Math.max(120, fit.height - 70);
  const span = dataHigh - dataLow || Math.abs(dataHigh) || 1;
  const axis = niceAxis(
    dataLow < 0 ? dataLow - span * headroom : dataLow,
    dataHigh + (tallest > 0 ? span * headroom : 0),
    Math.max(2, Math.min(6, Math.floor((fit.height - 70) / 40))),
  );
  const format = tickFormatter(locale, axis.step);
  Object.assign(valueAxis, { min: axis.min, max: axis.max, beginAtZero: !floating, grace: 0 });
  valueAxis.ticks = { ...valueAxis.ticks, stepSize: axis.step, includeBounds: false, callback: format, padding: 4 };
  // The value axis draws no tick marks (its gridlines run through the plot), to leave the periods room.
  valueAxis.grid = { ...(valueAxis.grid as object), tickLength: 0 };
  // The plot's width: the box less the value axis (its title, its widest number) and the padding.
  const widestTick = Math.max(...[axis.min, axis.max].map((v) => measure(format(v))));
  const perPeriod = (fit.width - 23 - 4 - widestTick - 8) / Math.max(1, categories.length);
  // Period names wrap before the year when they do not fit side by side, in a smaller size; if
  // they fit so, all are printed, otherwise Chart.js skips names rather than overprint them.
  const split = (name: string) =>
    name.includes(' ') ? [name.slice(0, name.lastIndexOf(' ')), name.slice(name.lastIndexOf(' ') + 1)] : [name];
  const tight = categories.some((name) => measure(name) + 8 > perPeriod);
  const small = (line: string) => fit.measure(line, `400 12px ${fit.family}`);
  const allFit = categories.every((name) => split(name).every((line) => small(line) + 2 <= perPeriod));
  fitted.data.labels = tight ? categories.map(split) : categories;
  periodAxis.ticks = {
    ...periodAxis.ticks,
    autoSkip: !(tight && allFit),
    autoSkipPadding: 4,
    maxRotation: 0,
    minRotation: 0,
    ...(tight ? { font: { size: 12 } } : {}),
  };
  return fitted;
}
