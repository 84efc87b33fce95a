import { locale } from '../model/format-number.ts';
import type { SourceDate } from '../../schemas/source.ts';

const longDate = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** An ISO date (YYYY-MM-DD) as a reader reads it: "25 November 2026". */
export function formatDate(isoDate: string): string {
  return longDate.format(new Date(`${isoDate}T00:00:00Z`));
}

/** A source's date as the page prints it, in the page's one date style: "14 February 2025", or "Undated". */
export function describeSourceDate(date: SourceDate): string {
  return typeof date === 'string' ? formatDate(date) : 'Undated';
}
