import type { Figure } from '../../schemas/figure.ts';
import { formatInline, formatValue } from '../model/format-figure.ts';

/** One drawn value of a time or grouped chart, resolved from its figure. */
export interface SeriesPoint {
  figure: string;
  /** Where it is drawn, in the chart's axis unit and scale. */
  value: number;
  /** The value as printed: "52.4 billion yuan", "more than 25%". */
  display: string;
  /** What is printed beside the bar or point: the value and, unless reported, its basis; "derived" when computed. */
  label: string;
  /** True when the source gives only a bound, so the bar stops at it. */
  bound: boolean;
}

/**
 * A figure as a chart draws and labels it; `onAxis` turns its number into the chart's axis unit
 * and scale (see `axis-scale.ts`).
 */
export function seriesPoint(figure: Figure, onAxis: (n: number, figure: Figure) => number): SeriesPoint {
  const display = formatValue(figure);
  return {
    figure: figure.id,
    value: onAxis(figure.value, figure),
    display,
    label: formatInline(figure),
    bound: figure.precision !== 'exact' && figure.precision !== 'about',
  };
}
