import { labelGap, labelSize } from './value-labels.ts';
import { groupedNumber, niceAxis, stepDecimals, trueMinusTick, type FitOptions, type Fitting } from './fit-common.ts';

// Columns and lines fitted to their width. Loaded in the browser only with charts over time
// (`TimeChartScript.astro`); nothing here imports the number model.

/**
 * Columns and lines: round value ticks with headroom for the labels above the highest point, and
 * period names that wrap before the year (smaller) when they do not fit side by side, and that
 * are thinned (`periodsToName`) only when even that does not fit.
 */
export function fitColumns(fitting: Fitting, fit: FitOptions): Fitting {
  const { fitted, measure, items, floating, dataLow, dataHigh, scales, categories } = fitting;
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
  Object.assign(valueAxis, { min: axis.min, max: axis.max, beginAtZero: !floating, grace: 0 });
  valueAxis.ticks = {
    ...valueAxis.ticks,
    stepSize: axis.step,
    includeBounds: false,
    callback: trueMinusTick,
    padding: 4,
  };
  // The value axis draws no tick marks (its gridlines run through the plot), to leave the periods room.
  valueAxis.grid = { ...(valueAxis.grid as object), tickLength: 0 };
  // The plot's width: the box less the value axis (its title, its widest number) and the padding.
  const widestTick = Math.max(...[axis.min, axis.max].map((v) => measure(groupedNumber(v, stepDecimals(axis.step)))));
  const perPeriod = (fit.width - 23 - 4 - widestTick - 8) / Math.max(1, categories.length);
  // Period names wrap before the year when they do not fit side by side, in a smaller size; if
  // they still do not fit, only some are printed: those of periods with a value before empty ones.
  const split = (name: string) =>
    name.includes(' ') ? [name.slice(0, name.lastIndexOf(' ')), name.slice(name.lastIndexOf(' ') + 1)] : [name];
  const tight = categories.some((name) => measure(name) + 8 > perPeriod);
  const small = (line: string) => fit.measure(line, `400 12px ${fit.family}`);
  const widths = categories.map((name) => Math.max(...split(name).map(small)));
  const valued = new Set(items.flatMap((item) => (item.value === null ? [] : [item.i])));
  const named = widths.every((w) => w + 2 <= perPeriod)
    ? null
    : periodsToName(
        widths,
        categories.map((_, i) => valued.has(i)),
        perPeriod,
      );
  const labels = tight ? categories.map(split) : categories;
  fitted.data.labels = labels;
  periodAxis.ticks = {
    ...periodAxis.ticks,
    autoSkip: false,
    maxRotation: 0,
    minRotation: 0,
    ...(tight ? { font: { size: 12 } } : {}),
    ...(tight && named ? { callback: (_: unknown, index: number) => (named.has(index) ? labels[index] : '') } : {}),
  };
  return fitting;
}

/**
 * The periods whose names are printed when not all fit under their columns, names `perPeriod`
 * apart and `widths` wide: a name is printed where it overprints none already chosen, and periods
 * with a value choose first (the first and last, then left to right), so no column or point is
 * left without its period's name while an empty period keeps one.
 */
export function periodsToName(widths: readonly number[], hasValue: readonly boolean[], perPeriod: number): Set<number> {
  const valued = widths.flatMap((_, i) => (hasValue[i] ? [i] : []));
  const order = [valued[0], valued.at(-1), ...valued, ...widths.map((_, i) => i)];
  const named = new Set<number>();
  for (const i of order) {
    if (i === undefined || named.has(i)) continue;
    const clear = [...named].every((j) => Math.abs(i - j) * perPeriod >= (widths[i]! + widths[j]!) / 2 + 6);
    if (clear) named.add(i);
  }
  return named;
}
