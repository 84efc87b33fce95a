import { editDistance } from '../errors/nearest-id.ts';

/**
 * The run of words in `text` most like `quote` (by edit distance, over windows of the quote's
 * length in words, one word either way), for an error that shows what the source says instead.
 */
export function nearestPassage(text: string, quote: string): string {
  const words = text.split(' ');
  const length = quote.split(' ').length;
  let best = '';
  let bestDistance = Infinity;
  for (let start = 0; start < words.length; start++) {
    for (const size of [length - 1, length, length + 1]) {
      if (size < 1 || start + size > words.length) continue;
      const passage = words.slice(start, start + size).join(' ');
      const d = editDistance(passage, quote);
      if (d < bestDistance) [best, bestDistance] = [passage, d];
    }
  }
  return best;
}
