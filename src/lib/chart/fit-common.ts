import type { ChartConfiguration, Scale, Tick } from 'chart.js';
import { bottomOf, labelSize, openEndRoom, topOf, type ValueLabelOptions } from './value-labels.ts';

// What every chart's fitting shares: the sizes it is fitted to, how text is measured, round axes,
// and the measured labels of a configuration. Nothing here imports the number model: the browser
// fits each chart to its room as it draws it.

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

export type Value = number | [number, number] | null;
export type Dataset = { data: Value[]; backgroundColor?: string | string[]; [key: string]: unknown };
export type Axis = Record<string, unknown> & { ticks?: Record<string, unknown> };

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

/**
 * A number as the page's locale (en-GB) writes it, thousands grouped by commas, with `decimals`
 * places and a true minus: "3,740", "−1,250.5". Written out rather than with `Intl`, whose first
 * formatter costs a browser some 30 ms to set up, most of a chart's first drawing; a test holds it
 * to `Intl`'s output in the page's locale for the axis ends and ticks it prints (multiples of their
 * step, so never a half to round).
 */
export function groupedNumber(value: number, decimals: number): string {
  const [whole, fraction] = Math.abs(value).toFixed(decimals).split('.');
  return `${value < 0 ? '−' : ''}${whole!.replace(/\B(?=(\d{3})+$)/g, ',')}${fraction ? `.${fraction}` : ''}`;
}

/** The decimal places ticks `step` apart are printed with, as Chart.js chooses them: 0 for 5, 1 for 0.5. */
export const stepDecimals = (step: number) => Math.max(0, -Math.floor(Math.log10(step)));

/**
 * Tick text as Chart.js prints numbers, decimals by the step between ticks ("2.5", "4,000"), but
 * with a true minus, as the value labels print it ("−80"). A test holds it to Chart.js's own
 * formatter on every axis `niceAxis` makes.
 */
export function trueMinusTick(this: Scale, value: number | string, _index: number, ticks: Tick[]): string {
  const step = Math.abs(ticks.length > 1 ? ticks[1]!.value - ticks[0]!.value : Number(value));
  return Number(value) === 0 ? '0' : groupedNumber(Number(value), stepDecimals(step));
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

/** A configuration being fitted, with its values and their labels measured once. */
export type Fitting = ReturnType<typeof startFitting>;

/**
 * Copies a configuration to fit (the one given is serialised into the page and must not change)
 * and measures what every fitting needs: each value with its label's width, whether bars float,
 * and the data's extent (a floor's bar never ends on the axis's end: its open end points past it).
 */
export function startFitting<C extends ChartConfiguration>(config: C, fit: FitOptions) {
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
  const font = (bold: boolean) => `${bold ? 600 : 400} ${labelSize}px ${fit.family}`;
  // A label may have been split over two lines (see below): its width is its longest line's.
  const measure = (text: string, bold = false) =>
    Math.max(...text.split('\n').map((line) => fit.measure(line, font(bold))));
  const items = datasets.flatMap((dataset, d) =>
    dataset.data.map((value, i) => {
      const text = labels?.labels[d]?.[i] ?? null;
      const bold = labels?.bold?.[0] === d && labels.bold[1] === i;
      const open = labels?.lowerBounds?.[d]?.[i] ? openEndRoom : 0;
      // Set by the fitting: printed inside its bar, or right of zero.
      return { d, i, value, text, bold, width: text ? measure(text, bold) : 0, open, inside: false, besideZero: false };
    }),
  );
  const plotted = items.flatMap((item) => (item.value === null ? [] : [item.value]));
  // Bars grow from zero, so zero is on the axis, unless every bar floats (ranges only).
  const floating = plotted.length > 0 && plotted.every(Array.isArray);
  const dataLow = Math.min(floating ? Infinity : 0, ...plotted.map(bottomOf));
  const dataHigh = Math.max(
    floating ? -Infinity : 0,
    ...items.flatMap((item) => (item.value === null ? [] : [topOf(item.value) * (item.open ? 1.02 : 1)])),
  );
  const scales = (options.scales ??= {});
  const categories = (fitted.data.labels ?? []).map((l) => (Array.isArray(l) ? l.join(' ') : String(l)));
  return { fitted, options, labels, datasets, measure, items, floating, dataLow, dataHigh, scales, categories };
}
