import type { PeriodRange } from './period-range.ts';

/**
 * Orders two periods: negative when `a` ends before `b` starts, positive the other way round, 0 when
 * they cover the same days, and undefined when they overlap (a quarter inside its year) or one is
 * open-ended, so neither can be said to come first.
 */
export function comparePeriods(a: PeriodRange, b: PeriodRange): number | undefined {
  if (a.start === b.start && a.end === b.end) return 0;
  if (a.end !== undefined && a.end < b.start) return -1;
  if (b.end !== undefined && b.end < a.start) return 1;
  return undefined;
}
