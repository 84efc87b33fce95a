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
  return `${what} Source: ${parts.source}. From “${parts.briefingTitle}”. As of: ${parts.asOf}`;
}
