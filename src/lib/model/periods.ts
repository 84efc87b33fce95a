import {
  type DatedPeriod,
  type DurationPeriod,
  type DurationUnit,
  type MonthName,
  type Period,
  monthNames,
} from '../../schemas/period.ts';
import type { Entity } from '../../schemas/entity.ts';
import type { Figure } from '../../schemas/figure.ts';
import { fiscalYearEndOf } from './entities.ts';
import { measures } from './measures.ts';
import { numberWords } from './written-numbers.ts';
import { locale } from './format-number.ts';
import { capitalise } from '../errors/wording.ts';

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

/** The periods a chart over periods steps through: quarters, halves, years and months. */
export type SteppedPeriod = Extract<DatedPeriod, { kind: 'quarter' | 'half' | 'year' | 'month' }>;

const stepMonths = { quarter: 3, half: 6, year: 12, month: 1 } as const;

/**
 * Every period like `like` (its kind, calendar or fiscal) from the one starting at `first` to the
 * one starting at `last` (ISO dates), in order: the periods a chart over periods must show,
 * those without a figure included, so that periods with a gap between them never sit side by
 * side as if adjacent. Empty when `first` does not start such a period.
 */
export function periodsBetween(
  first: string,
  last: string,
  like: SteppedPeriod,
  fiscalYearEnd: MonthName = 'December',
): SteppedPeriod[] {
  const month = (iso: string) => absoluteMonth(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1);
  const step = stepMonths[like.kind];
  const fiscal = 'fiscal' in like && like.fiscal === true;
  const yearStartMonth = fiscal ? (monthNames.indexOf(fiscalYearEnd) + 1) % 12 : 0;
  const periods: SteppedPeriod[] = [];
  for (let m = month(first); m <= month(last); m += step) {
    if (like.kind === 'month') {
      periods.push({ kind: 'month', year: Math.floor(m / 12), month: (m % 12) + 1 });
      continue;
    }
    // The (fiscal) year a month falls in is named by the calendar year it ends in.
    const year = Math.floor((m - yearStartMonth) / 12) + (yearStartMonth === 0 ? 0 : 1);
    const into = (m - yearStartMonth + 1200) % 12;
    if (into % step !== 0) return [];
    if (like.kind === 'quarter') periods.push({ kind: 'quarter', year, quarter: into / 3 + 1, fiscal });
    else if (like.kind === 'half') periods.push({ kind: 'half', year, half: into / 6 + 1, fiscal });
    else periods.push({ kind: 'year', year, fiscal });
  }
  return periods;
}

/** True for a period placed on the calendar, false for one given in words or as a length alone. */
export function isDated(period: Period): period is DatedPeriod {
  return typeof period !== 'string' && period.kind !== 'duration';
}

/**
 * Days in a duration unit, on average: what spans of different kinds are measured in. The units'
 * sizes come from `measures` (a week is 7 days, a year 12 months); a month is a twelfth of 365.25 days.
 */
const daysPer = (unit: DurationUnit): number =>
  measures[unit].factor * (measures[unit].measure === measures.days.measure ? 1 : 365.25 / 12);

/** A duration in words: "three years" for 3, "18 months", "a quarter" for 1. */
function durationWords({ length, unit }: DurationPeriod): string {
  const one = unit.slice(0, -1);
  if (length === 1) return `${unit === 'days' ? 'one' : 'a'} ${one}`;
  return `${Number.isInteger(length) && length <= 10 ? numberWords[length] : String(length)} ${unit}`;
}

/**
 * How many days a figure's period lasts, when it can be told: a quarter about 91, a year 365 or
 * 366, a duration its length. Undefined for words, an open span, and a single day, whose figure
 * is a level on that day rather than an amount over a span.
 */
export function periodDays(period: Period, fiscalYearEnd?: MonthName): number | undefined {
  if (typeof period === 'string') return undefined;
  if (period.kind === 'duration') return period.length * daysPer(period.unit);
  if (period.kind === 'date') return undefined;
  const range = periodRange(period, fiscalYearEnd);
  return range.end === undefined ? undefined : (Date.parse(range.end) - Date.parse(range.start)) / 86_400_000 + 1;
}

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

/**
 * Orders figures' periods for a list: dated periods by the day they start, then the day they end
 * (an open one last), so a quarter follows the quarter before it as `comparePeriods` has it; periods
 * given only in words come after every dated one, and keep their order among themselves.
 */
export function comparePeriodOrder(a: FigurePeriod, b: FigurePeriod): number {
  if (!a.range || !b.range) return Number(!a.range) - Number(!b.range);
  return a.range.start.localeCompare(b.range.start) || (a.range.end ?? '\uffff').localeCompare(b.range.end ?? '\uffff');
}

/** A figure's period, resolved with its entity's fiscal year: where it falls and how it reads. */
export interface FigurePeriod {
  /** The days it covers, or undefined for a period given only in words. */
  range?: PeriodRange;
  /** "the quarter to 30 September 2025 (Q2 of fiscal 2026)". */
  words: string;
  /** "The quarter to 30 September 2025 (Q2 of fiscal 2026)", for a cell or line of its own. */
  heading: string;
  /** "Jul–Sep 2025", for a chart axis. */
  axis: string;
}

export function figurePeriod(
  figure: Pick<Figure, 'period' | 'entity'>,
  entities: ReadonlyMap<string, Entity>,
): FigurePeriod {
  return resolvePeriod(figure.period, fiscalYearEndOf(figure.entity, entities));
}

/** A period resolved with a fiscal year end: where it falls and how it reads. */
export function resolvePeriod(period: Period, yearEnd?: MonthName): FigurePeriod {
  return {
    range: isDated(period) ? periodRange(period, yearEnd) : undefined,
    words: describePeriod(period, yearEnd),
    heading: periodHeading(period, yearEnd),
    axis: periodAxisLabel(period, yearEnd),
  };
}

/**
 * True when two figures are for the same period: the same days where both are dated (each read
 * with its own entity's fiscal year), otherwise the same words, case aside.
 */
export function samePeriod(
  a: Pick<Figure, 'period' | 'entity'>,
  b: Pick<Figure, 'period' | 'entity'>,
  entities: ReadonlyMap<string, Entity>,
): boolean {
  const pa = figurePeriod(a, entities);
  const pb = figurePeriod(b, entities);
  return pa.range && pb.range
    ? comparePeriods(pa.range, pb.range) === 0
    : pa.words.toLowerCase() === pb.words.toLowerCase();
}

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
  if (period.kind === 'duration') return `over ${durationWords(period)}${period.from ? `, from ${period.from}` : ''}`;
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
  if (period.kind === 'duration')
    return `${period.length} ${period.length === 1 ? period.unit.slice(0, -1) : period.unit}`;
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
  return capitalise(describePeriod(period, fiscalYearEnd));
}

/** An amount: money or a count, not per something, so its size grows with the span it covers. */
const isAmount = (figure: Pick<Figure, 'unit' | 'per'>) =>
  (figure.unit === 'currency' || figure.unit === 'count') && !figure.per;

/**
 * Why two amounts cannot be compared for the spans they cover, or undefined when they can: a
 * year's spending set against a three-year pledge says nothing of whether it is on pace. Spans
 * within a tenth of each other are alike (a quarter runs 90 to 92 days); periods in words are
 * not measured.
 */
export function spanMismatch(
  a: Pick<Figure, 'id' | 'unit' | 'per' | 'period' | 'entity'>,
  b: Pick<Figure, 'id' | 'unit' | 'per' | 'period' | 'entity'>,
  entities: ReadonlyMap<string, Entity>,
): string | undefined {
  if (!isAmount(a) || !isAmount(b)) return undefined;
  const [da, db] = [a, b].map((f) => periodDays(f.period, fiscalYearEndOf(f.entity, entities)));
  if (da === undefined || db === undefined || Math.abs(da - db) <= 0.1 * Math.max(da, db)) return undefined;
  const words = (f: typeof a) => figurePeriod(f, entities).words;
  return `expected amounts over spans of one length, found "${a.id}" for ${words(a)} and "${b.id}" for ${words(b)}: put one on the other's span with a derived figure, or compare rates`;
}
