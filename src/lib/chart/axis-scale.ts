import type { Figure, Scale } from '../../schemas/figure.ts';
import { magnitude, measures, scaleFactor } from '../model/measures.ts';

/** The scale a chart's axis is drawn in: that of its largest figure, so its bars read as written. */
export function chartScale(figures: readonly Figure[]): Scale | undefined {
  let largest: Figure | undefined;
  for (const f of figures)
    if (!largest || Math.abs(magnitude(f.to ?? f.value, f)) > Math.abs(magnitude(largest.to ?? largest.value, largest)))
      largest = f;
  return largest?.scale;
}

/**
 * A figure's number on a chart's axis: in the first figure's unit and the chart's scale, so basis
 * points stay basis points and 500 million sits at 0.5 on an axis in billions.
 */
export function toAxis(n: number, figure: Figure, first: Figure | undefined, scale: Scale | undefined): number {
  return Number(
    (magnitude(n, figure) / (first ? measures[first.unit].factor : 1) / scaleFactor(scale)).toPrecision(12),
  );
}
