import { type FigureValue, magnitude } from './measures.ts';
import { writtenForm } from './format-figure.ts';
import type { Relation } from '../../schemas/claim.ts';

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
 * unit of its measure (scale applied), so "US$6.1 billion" and "US$500 million" compare truly.
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

/** `holds`: true for every allowed value; `fails`: false for every one; `undetermined`: depends. */
export type Verdict = 'holds' | 'fails' | 'undetermined';

/** True when every value of `a` is above every value of `b`. */
function entirelyAbove(a: Interval, b: Interval): boolean {
  return a.low > b.high || (a.low === b.high && (a.lowOpen || b.highOpen));
}

/** True when every value of `a` is at or above every value of `b`. */
function entirelyAtOrAbove(a: Interval, b: Interval): boolean {
  return a.low >= b.high;
}

/** Decides whether `a <relation> b` holds for all values the two intervals allow. */
export function compareIntervals(a: Interval, relation: Relation, b: Interval): Verdict {
  switch (relation) {
    case 'above':
      if (entirelyAbove(a, b)) return 'holds';
      return entirelyAtOrAbove(b, a) ? 'fails' : 'undetermined';
    case 'below':
      return compareIntervals(b, 'above', a);
    case 'at-least':
      if (entirelyAtOrAbove(a, b)) return 'holds';
      return entirelyAbove(b, a) ? 'fails' : 'undetermined';
    case 'at-most':
      return compareIntervals(b, 'at-least', a);
    case 'within': {
      const inside =
        (a.low > b.low || (a.low === b.low && (!b.lowOpen || a.lowOpen))) &&
        (a.high < b.high || (a.high === b.high && (!b.highOpen || a.highOpen)));
      if (inside) return 'holds';
      return entirelyAbove(a, b) || entirelyAbove(b, a) ? 'fails' : 'undetermined';
    }
    case 'equal': {
      const point = (i: Interval) => i.low === i.high && !i.lowOpen && !i.highOpen;
      if (point(a) && point(b)) return a.low === b.low ? 'holds' : 'fails';
      return entirelyAbove(a, b) || entirelyAbove(b, a) ? 'fails' : 'undetermined';
    }
  }
}
