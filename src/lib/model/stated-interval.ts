import { figureInterval, type Interval } from './figure-interval.ts';
import { magnitude } from './figure-magnitude.ts';
import type { FigureValue } from './figure-value.ts';
import { writtenForm } from './written-form.ts';

/**
 * The values a figure's statement allows once rounding is honoured, in its measure's base unit: a
 * point value stands for everything that rounds to it as written ("13%" for 12.5 up to but not
 * including 13.5, "9.7%" for 9.65 to 9.75, "US$4.3 billion" for 4.25 to 4.35 billion); a bound or
 * range stays what it states. Two statements of one number agree when theirs overlap.
 */
export function statedInterval(figure: FigureValue): Interval {
  const interval = figureInterval(figure);
  if (interval.low !== interval.high) return interval;
  const half = magnitude(0.5 * 10 ** -writtenForm(figure).decimals, figure);
  return { low: interval.low - half, high: interval.low + half, lowOpen: false, highOpen: true };
}
