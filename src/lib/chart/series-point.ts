import type { Figure } from '../../schemas/figure.ts';
import { formatInline, formatValue } from '../model/format-figure.ts';

/** One drawn value of a time or grouped chart, resolved from its figure. */
export interface SeriesPoint {
  figure: string;
  value: number;
  /** The value as printed: "39.8 billion yuan", "more than 25%". */
  display: string;
  /** What is printed beside the bar or point: the value and, unless reported, its basis; "derived" when computed. */
  label: string;
  /** True when the source gives only a bound, so the bar stops at it. */
  bound: boolean;
}

/** A figure as a chart draws and labels it. */
export function seriesPoint(figure: Figure): SeriesPoint {
  const display = formatValue(figure);
  return {
    figure: figure.id,
    value: figure.value,
    display,
    label: formatInline(figure),
    bound: figure.precision !== 'exact' && figure.precision !== 'about',
  };
}
