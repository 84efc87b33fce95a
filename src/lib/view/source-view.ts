import type { Source } from '../../schemas/source.ts';
import { describeSourceDate } from './describe-source-date.ts';

export interface SourceView {
  id: string;
  title: string;
  /** Absent when the source does not name its author. */
  author?: string;
  /** Absent when the source does not name its publisher. */
  publisher?: string;
  /** The date, or "Undated". */
  date: string;
  dateNote?: string;
  url?: string;
}

/** A source as the page shows it. */
export function viewSource(source: Source): SourceView {
  return {
    id: source.id,
    title: source.title,
    author: source.author,
    publisher: source.publisher,
    date: describeSourceDate(source.date),
    dateNote: typeof source.date === 'string' ? undefined : source.date.note,
    url: source.url,
  };
}

/** A source in one line: "Title, Author, Publisher (14 February 2025)" or "Title (undated)". */
export function citeSource(source: SourceView): string {
  const byline = [source.author, source.publisher]
    .filter(Boolean)
    .map((part) => `, ${part}`)
    .join('');
  return `${source.title}${byline} (${source.date === 'Undated' ? 'undated' : source.date})`;
}
