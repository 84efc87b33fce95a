import { locale } from './format-number.ts';
import type { MonthName, Period } from '../../schemas/period.ts';
import { periodRange } from './period-range.ts';

const longDate = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const dayMonth = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', timeZone: 'UTC' });
const monthYear = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
// en-US abbreviates every month to three letters (en-GB writes "Sept").
const shortMonth = new Intl.DateTimeFormat('en-US', { month: 'short', timeZone: 'UTC' });

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const year = (iso: string) => iso.slice(0, 4);
/** "30 Sep 2025". */
const shortDate = {
  format: (date: Date) => `${date.getUTCDate()} ${shortMonth.format(date)} ${date.getUTCFullYear()}`,
};

/** "1 January to 30 September 2025", or with the first year too when the years differ. */
function fromTo(start: string, end: string): string {
  const first = year(start) === year(end) ? dayMonth.format(day(start)) : longDate.format(day(start));
  return `${first} to ${longDate.format(day(end))}`;
}

/**
 * A period in words, as a sentence uses it: "the quarter to 30 September 2025 (Q2 of fiscal 2026)",
 * "September 2025", "since 1 January 2025". A period the source gives only in words reads as written.
 */
export function describePeriod(period: Period, fiscalYearEnd?: MonthName): string {
  if (typeof period === 'string') return period;
  const range = periodRange(period, fiscalYearEnd);
  const end = range.end ? longDate.format(day(range.end)) : '';
  const fiscal = 'fiscal' in period && period.fiscal;
  switch (period.kind) {
    case 'quarter':
      return `the quarter to ${end}${fiscal ? ` (Q${period.quarter} of fiscal ${period.year})` : ''}`;
    case 'half':
      return `the half-year to ${end}${fiscal ? ` (H${period.half} of fiscal ${period.year})` : ''}`;
    case 'year':
      return fiscal ? `the fiscal year to ${end} (fiscal ${period.year})` : `the year to ${end}`;
    case 'month':
      return monthYear.format(day(range.start));
    case 'date':
      return end;
    case 'span':
      return range.end ? fromTo(range.start, range.end) : `since ${longDate.format(day(range.start))}`;
    case 'year-to-date':
      return `the ${fiscal ? 'fiscal ' : ''}year to date, to ${end}`;
  }
}

/** A period as a chart axis names it: "Jul–Sep 2025", "FY2026", "Sep 2025", "30 Sep 2025". */
export function periodAxisLabel(period: Period, fiscalYearEnd?: MonthName): string {
  if (typeof period === 'string') return period;
  const range = periodRange(period, fiscalYearEnd);
  const { start } = range;
  const end = range.end ?? start;
  const months = () =>
    year(start) === year(end)
      ? `${shortMonth.format(day(start))}–${shortMonth.format(day(end))} ${year(end)}`
      : `${shortMonth.format(day(start))} ${year(start)}–${shortMonth.format(day(end))} ${year(end)}`;
  switch (period.kind) {
    case 'quarter':
    case 'half':
      return months();
    case 'year':
      return period.fiscal ? `FY${period.year}` : String(period.year);
    case 'month':
      return `${shortMonth.format(day(start))} ${year(start)}`;
    case 'date':
      return shortDate.format(day(start));
    case 'span':
      return range.end
        ? `${shortDate.format(day(start))}–${shortDate.format(day(end))}`
        : `Since ${shortDate.format(day(start))}`;
    case 'year-to-date':
      return `YTD to ${shortDate.format(day(end))}`;
  }
}

/** The description with a capital, for a table cell or a line of its own. */
export function periodHeading(period: Period, fiscalYearEnd?: MonthName): string {
  const words = describePeriod(period, fiscalYearEnd);
  return words.charAt(0).toUpperCase() + words.slice(1);
}
