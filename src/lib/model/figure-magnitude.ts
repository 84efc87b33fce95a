import type { Unit } from '../../schemas/figure.ts';
import type { FigureValue } from './figure-value.ts';
import { scaleFactor } from './scale-factor.ts';

/**
 * Each unit's measure and its size in that measure's base unit: a fraction is a percent (times
 * 100), a basis point a hundredth of a percentage point, a quarter three months, a week seven days.
 * Units of one measure compare with each other; units of different measures never do.
 */
export const measures: Record<Unit, { measure: string; factor: number }> = {
  percent: { measure: 'percent', factor: 1 },
  fraction: { measure: 'percent', factor: 100 },
  'percentage-points': { measure: 'percentage points', factor: 1 },
  'basis-points': { measure: 'percentage points', factor: 0.01 },
  multiple: { measure: 'a multiple', factor: 1 },
  year: { measure: 'a calendar year', factor: 1 },
  days: { measure: 'a duration in days', factor: 1 },
  weeks: { measure: 'a duration in days', factor: 7 },
  months: { measure: 'a duration in months', factor: 1 },
  quarters: { measure: 'a duration in months', factor: 3 },
  years: { measure: 'a duration in months', factor: 12 },
  count: { measure: 'a count', factor: 1 },
  currency: { measure: 'money', factor: 1 },
};

/** A number of the figure's in its measure's base unit, scale applied: 13.7 billion is 13.7e9. */
export function magnitude(value: number, figure: Pick<FigureValue, 'unit' | 'scale'>): number {
  return value * measures[figure.unit].factor * scaleFactor(figure.scale);
}
