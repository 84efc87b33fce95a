/**
 * Text as compared for quotes: typographic quotes and apostrophes made plain, and every run of
 * white space one space, so a quote matches whatever line breaks and quote marks the source used.
 */
export function normaliseQuoteText(text: string): string {
  return text
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}
