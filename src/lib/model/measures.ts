import type { Figure, Scale, Unit } from '../../schemas/figure.ts';

/** The parts of a figure that say what its number is and how it is written. */
export type FigureValue = Pick<Figure, 'value' | 'unit' | 'precision'> &
  Partial<Pick<Figure, 'to' | 'scale' | 'currency' | 'per' | 'counts' | 'decimals' | 'quote'>>;

// A lakh is a hundred thousand and a crore ten million, as Indian reports write amounts ("Rs 3,612 crore").
const factors: Record<Scale, number> = {
  thousand: 1e3,
  lakh: 1e5,
  million: 1e6,
  crore: 1e7,
  billion: 1e9,
  trillion: 1e12,
};

/** What a scale word multiplies by: `billion` is 1e9; no scale is 1. */
export function scaleFactor(scale: Scale | undefined): number {
  return scale ? factors[scale] : 1;
}

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

type Comparable = Pick<FigureValue, 'unit' | 'currency' | 'per' | 'counts'>;

/** What a figure measures, as an error names it: "percent", "CNY", "USD per share", "a count of downloads". */
export function comparableKind(figure: Comparable): string {
  const per = figure.per ? ` per ${figure.per}` : '';
  if (figure.unit === 'currency') return `${figure.currency ?? 'money'}${per || ' amount'}`;
  if (figure.unit === 'count' && figure.counts) return `a count of ${figure.counts}${per}`;
  return `${measures[figure.unit].measure}${per}`;
}

/**
 * Why two figures cannot be compared (in a claim or on one chart), or undefined when they can:
 * they must share a measure (units convert within one: basis points and percentage points),
 * a currency, what they are per (money per share is not money) and what they count.
 */
export function incomparability(a: Comparable, b: Comparable): string | undefined {
  if (measures[a.unit].measure !== measures[b.unit].measure) return 'the units differ';
  if (a.unit === 'currency' && a.currency !== b.currency) return 'the currencies differ';
  if (a.per !== b.per) {
    const what = (f: Comparable) => (f.per ? `a value per ${f.per}` : 'an amount');
    return `${what(a)} is not ${what(b)}`;
  }
  if (a.counts !== b.counts) return 'they count different things';
  return undefined;
}

/** The error for a figure that cannot be compared with another, naming what each is and what differs. */
export function incomparableMessage(
  first: Comparable & { id: string },
  other: Comparable & { id: string },
): string | undefined {
  const reason = incomparability(first, other);
  return reason
    ? `expected a figure comparable with "${first.id}" (${comparableKind(first)}), found "${other.id}" (${comparableKind(other)}): ${reason}`
    : undefined;
}
