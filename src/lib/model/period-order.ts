import type { FigurePeriod } from './figure-period.ts';

/**
 * Orders figures' periods for a list: dated periods by the day they start, then the day they end
 * (an open one last), so a quarter follows the quarter before it as `comparePeriods` has it; periods
 * given only in words come after every dated one, and keep their order among themselves.
 */
export function comparePeriodOrder(a: FigurePeriod, b: FigurePeriod): number {
  if (!a.range || !b.range) return Number(!a.range) - Number(!b.range);
  return a.range.start.localeCompare(b.range.start) || (a.range.end ?? '\uffff').localeCompare(b.range.end ?? '\uffff');
}
