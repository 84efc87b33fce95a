const sentences = new Intl.Segmenter('en', { granularity: 'sentence' });

/**
 * The first sentence of a paragraph, for one-line summaries. Unicode sentence breaks (not a split
 * on full stops) keep "JD.com" and "Example Inc. rose" whole.
 */
export function firstSentence(text: string): string {
  const first = sentences.segment(text.trim())[Symbol.iterator]().next();
  return first.done ? '' : first.value.segment.trim();
}
