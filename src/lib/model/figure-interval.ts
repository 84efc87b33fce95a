import type { Figure } from '../../schemas/figure.ts';

/** The set of values a figure allows: exact figures are a point, bounds are half-open rays. */
export interface Interval {
  low: number;
  high: number;
  /** True when `low` itself is excluded ("more than 25"). */
  lowOpen: boolean;
  /** True when `high` itself is excluded ("less than 25"). */
  highOpen: boolean;
}

/** Turns a figure's value and precision into the interval of values the source allows. */
export function figureInterval(figure: Pick<Figure, 'value' | 'precision'>): Interval {
  const { value } = figure;
  switch (figure.precision) {
    case 'more-than':
      return { low: value, high: Infinity, lowOpen: true, highOpen: true };
    case 'at-least':
      return { low: value, high: Infinity, lowOpen: false, highOpen: true };
    case 'less-than':
      return { low: -Infinity, high: value, lowOpen: true, highOpen: true };
    case 'at-most':
      return { low: -Infinity, high: value, lowOpen: true, highOpen: false };
    case 'exact':
    case 'about':
      return { low: value, high: value, lowOpen: false, highOpen: false };
  }
}
