import type { FigureValue } from './figure-value.ts';
import { measures } from './figure-magnitude.ts';

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
