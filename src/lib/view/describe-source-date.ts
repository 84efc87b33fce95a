import type { SourceDate } from '../../schemas/source.ts';

/** A source's date as the page prints it: "2025-02-14", or "Undated" when the text has none. */
export function describeSourceDate(date: SourceDate): string {
  return typeof date === 'string' ? date : 'Undated';
}
