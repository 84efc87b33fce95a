import type { Source } from '../../schemas/source.ts';
import { describeSourceDate } from './format-date.ts';

interface CitationParts {
  /** What is cited: a figure's label or a chart's title. */
  subject: string;
  /** The value with its bound and basis, for a figure. */
  value?: string;
  /** The cited source, as "Title, Publisher (date)". */
  source: string;
  briefingTitle: string;
  asOf: string;
}

/**
 * The text a "Copy citation" control puts on the clipboard (the URL is added in the browser, where
 * the page's real address is known): label, value with basis, source, briefing and as-of note.
 */
export function citationText(parts: CitationParts): string {
  const what = parts.value ? `${parts.subject}: ${parts.value}.` : `${parts.subject}.`;
  return `${what} Source: ${parts.source}. From “${parts.briefingTitle}”. Based on: ${parts.asOf}`;
}

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

/**
 * The date of the newest source: what a briefing's information is current to, shown beside its
 * publication date so that "last quarter" reads against the right day. Undefined when a source is
 * undated: one date would then claim the undated source's figures are as recent as the newest
 * dated one's, and the briefing's "Based on" note says what each part rests on instead.
 */
export function newestSourceDate(sources: readonly Source[]): string | undefined {
  const dates = sources.flatMap((s) => (typeof s.date === 'string' ? [s.date] : []));
  return dates.length === sources.length ? dates.sort().at(-1) : undefined;
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

/**
 * A source in one line, its title quoted so that it reads as a title inside a sentence ("…, from
 * “Title” (undated)"): "“Title”, Author, Publisher (14 February 2025)".
 */
export function citeSource(source: SourceView): string {
  const byline = [source.author, source.publisher]
    .filter(Boolean)
    .map((part) => `, ${part}`)
    .join('');
  return `“${source.title}”${byline} (${source.date === 'Undated' ? 'undated' : source.date})`;
}
