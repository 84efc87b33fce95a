import type { FigureValue } from './figure-value.ts';
import { magnitude } from './figure-magnitude.ts';
import { writtenForm } from './written-form.ts';

/** The set of values a figure allows: exact figures are a point, bounds are half-open rays, ranges closed. */
export interface Interval {
  low: number;
  high: number;
  /** True when `low` itself is excluded ("more than 25"). */
  lowOpen: boolean;
  /** True when `high` itself is excluded ("less than 25"). */
  highOpen: boolean;
}

const closed = (low: number, high: number): Interval => ({ low, high, lowOpen: false, highOpen: false });

/**
 * Turns a figure's value and precision into the interval of values the source allows, in the base
 * unit of its measure (scale applied), so "US$4.3 billion" and "US$500 million" compare truly.
 * `about` is taken at its value; `nearly` lies below the value by less than one step of its last
 * written digit, towards zero ("nearly 80%" is at least 79% and below 80%); a range spans its two ends.
 */
export function figureInterval(figure: FigureValue): Interval {
  const value = magnitude(figure.value, figure);
  if (figure.to !== undefined) return closed(value, magnitude(figure.to, figure));
  switch (figure.precision) {
    case 'more-than':
      return { low: value, high: Infinity, lowOpen: true, highOpen: true };
    case 'at-least':
      return { low: value, high: Infinity, lowOpen: false, highOpen: true };
    case 'less-than':
      return { low: -Infinity, high: value, lowOpen: true, highOpen: true };
    case 'at-most':
    case 'up-to':
      return { low: -Infinity, high: value, lowOpen: true, highOpen: false };
    case 'nearly': {
      // Short of the value, towards zero: "fell nearly 12%" lies between −12% and −11%.
      const step = figure.unit === 'fraction' ? 1 : magnitude(10 ** -writtenForm(figure).decimals, figure);
      return value < 0
        ? { low: value, high: value + step, lowOpen: true, highOpen: false }
        : { low: value - step, high: value, lowOpen: false, highOpen: true };
    }
    case 'exact':
    case 'about':
      return closed(value, value);
  }
}
