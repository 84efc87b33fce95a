import type { Figure } from '../../schemas/figure.ts';
import { figureInterval } from '../model/intervals.ts';
import { formatInline, formatValue } from '../model/format-figure.ts';
import type { Said } from '../model/basis-in-words.ts';

/**
 * How a figure's number is known, which decides how every chart kind draws it: `exact` from zero
 * to the value (also "about" and "nearly", which lie within a step of it); `bound` to the bound,
 * pale with a strong edge, as the source gives only one side; `range` floating between its ends.
 */
export type PlotKind = 'exact' | 'bound' | 'range';

/** What a chart draws for one figure, in the chart's axis unit and scale. */
export interface Plotted {
  kind: PlotKind;
  /** The bar's end (or the point), or both ends of a range, low first. */
  value: number | [number, number];
  /** For a bound: true when the source gives the lower side ("more than 25%"). */
  lower?: boolean;
}

/**
 * The one rule that turns a figure into what is plotted, used by bars, columns, lines and grouped
 * bars alike. Whether a figure is a bound follows from the interval of values it allows
 * (`figureInterval`): an interval open to one side is a bound.
 */
export function plotFigure(figure: Figure, toAxis: (n: number, figure: Figure) => number): Plotted {
  if (figure.to !== undefined)
    return { kind: 'range', value: [toAxis(figure.value, figure), toAxis(figure.to, figure)] };
  const { low, high } = figureInterval(figure);
  const value = toAxis(figure.value, figure);
  if (low === -Infinity || high === Infinity) return { kind: 'bound', value, lower: high === Infinity };
  return { kind: 'exact', value };
}

/** One drawn value of a time or grouped chart, resolved from its figure. */
export interface SeriesPoint extends Plotted {
  figure: string;
  /** The value as printed: "52.4 billion yuan", "more than 25%". */
  display: string;
  /** What is printed beside the bar or point: the value and, unless reported, its basis; "derived" when computed. */
  label: string;
}

/**
 * A figure as a time or grouped chart draws and labels it; `onAxis` turns its number into the
 * chart's axis unit and scale (see `toAxis` in `axes.ts`). `said` is what the series' name already
 * says of its figures ("Analysts' estimate"), whose tag the label then leaves out.
 */
export function seriesPoint(
  figure: Figure,
  onAxis: (n: number, figure: Figure) => number,
  said: readonly Said[] = [],
): SeriesPoint {
  return {
    figure: figure.id,
    ...plotFigure(figure, onAxis),
    display: formatValue(figure),
    label: formatInline(figure, said),
  };
}

/** A plotted point as a data table's cell reads it: its label, or a dash where a series has no figure. */
export const pointCell = (point: SeriesPoint | null | undefined): string => point?.label ?? '—';
