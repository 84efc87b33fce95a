import type { Figure } from '../../schemas/figure.ts';
import { figureInterval, type Interval } from './figure-interval.ts';

/** Decimal places of a number as written: 13 has none, 9.7 one, 0.25 two. */
function decimalsOf(value: number): number {
  const [, fraction = ''] = String(value).split('.');
  return fraction.length;
}

/**
 * The values a figure's statement allows once rounding is honoured: a point value stands for
 * everything that rounds to it ("13%" for 12.5 up to but not including 13.5, "9.7%" for 9.65 to
 * 9.75); a bound stays the ray it states. Two statements of one number agree when theirs overlap.
 */
export function statedInterval(figure: Pick<Figure, 'value' | 'precision'>): Interval {
  const interval = figureInterval(figure);
  if (interval.low !== interval.high) return interval;
  const half = 0.5 * 10 ** -decimalsOf(figure.value);
  return { low: figure.value - half, high: figure.value + half, lowOpen: false, highOpen: true };
}
