import type { DatedPeriod, MonthName, Period } from '../../schemas/period.ts';
import { monthNames } from '../../schemas/period.ts';

/** The days a period covers, as ISO dates; `end` is absent for an open span ("since 1 January"). */
export interface PeriodRange {
  start: string;
  end?: string;
}

/** Months counted from January of year 0, so that month arithmetic is plain addition. */
const absoluteMonth = (year: number, month0: number) => year * 12 + month0;

function firstDay(abs: number): string {
  const year = Math.floor(abs / 12);
  return `${String(year).padStart(4, '0')}-${String((abs % 12) + 1).padStart(2, '0')}-01`;
}

function lastDay(abs: number): string {
  const year = Math.floor(abs / 12);
  const day = new Date(Date.UTC(year, (abs % 12) + 1, 0)).getUTCDate();
  return `${firstDay(abs).slice(0, 8)}${String(day).padStart(2, '0')}`;
}

function months(startAbs: number, length: number): PeriodRange {
  return { start: firstDay(startAbs), end: lastDay(startAbs + length - 1) };
}

/**
 * The first month of fiscal year `year` as an absolute month. Fiscal years are named by the
 * calendar year they end in: with a March year end, fiscal 2026 starts in April 2025.
 */
function fiscalStart(year: number, yearEnd: MonthName): number {
  return absoluteMonth(year - 1, monthNames.indexOf(yearEnd) + 1);
}

/**
 * Places a dated period on the calendar. `fiscalYearEnd` is the entity's (December, the calendar
 * year, when it declares none); calendar periods ignore it.
 */
export function periodRange(period: DatedPeriod, fiscalYearEnd: MonthName = 'December'): PeriodRange {
  const yearEnd = 'fiscal' in period && period.fiscal ? fiscalYearEnd : 'December';
  switch (period.kind) {
    case 'quarter':
      return months(fiscalStart(period.year, yearEnd) + 3 * (period.quarter - 1), 3);
    case 'half':
      return months(fiscalStart(period.year, yearEnd) + 6 * (period.half - 1), 6);
    case 'year':
      return months(fiscalStart(period.year, yearEnd), 12);
    case 'month':
      return months(absoluteMonth(period.year, period.month - 1), 1);
    case 'date':
      return { start: period.date, end: period.date };
    case 'span':
      return period.to ? { start: period.from, end: period.to } : { start: period.from };
    case 'year-to-date': {
      const to = absoluteMonth(Number(period.to.slice(0, 4)), Number(period.to.slice(5, 7)) - 1);
      const startMonth = (monthNames.indexOf(yearEnd) + 1) % 12;
      return { start: firstDay(to - ((to - startMonth + 12) % 12)), end: period.to };
    }
  }
}

/** True for a period placed on the calendar, false for one the source gives only in words. */
export function isDated(period: Period): period is DatedPeriod {
  return typeof period !== 'string';
}
