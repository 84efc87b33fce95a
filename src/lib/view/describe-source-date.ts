import type { SourceDate } from '../../schemas/source.ts';
import { formatDate } from './format-date.ts';

/** A source's date as the page prints it, in the page's one date style: "14 February 2025", or "Undated". */
export function describeSourceDate(date: SourceDate): string {
  return typeof date === 'string' ? formatDate(date) : 'Undated';
}
