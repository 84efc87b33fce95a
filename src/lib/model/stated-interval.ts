import { figureInterval, type Interval } from './figure-interval.ts';
import { magnitude } from './figure-magnitude.ts';
import type { FigureValue } from './figure-value.ts';
import { writtenForm } from './written-form.ts';

/**
 * The values a figure's statement allows once rounding is honoured, in its measure's base unit: a
 * point value stands for everything that rounds to it as written ("21%" for 20.5 up to but not
 * including 21.5, "4.2%" for 4.15 to 4.25, "US$6.1 billion" for 6.05 to 6.15 billion); a bound or
 * range stays what it states. Two statements of one number agree when theirs overlap.
 */
export function statedInterval(figure: FigureValue): Interval {
  const interval = figureInterval(figure);
  if (interval.low !== interval.high) return interval;
  const half = magnitude(0.5 * 10 ** -writtenForm(figure).decimals, figure);
  return { low: interval.low - half, high: interval.low + half, lowOpen: false, highOpen: true };
}
