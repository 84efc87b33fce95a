import { packLines } from '../chart/fit-common.ts';

/** Width of a string as it will be drawn, in pixels; a canvas's measureText in use, a stub in tests. */
type MeasureText = (text: string) => number;

const ellipsis = '…';

/** Splits a word too long for any line into pieces that fit, character by character. */
function breakWord(word: string, maxWidth: number, measure: MeasureText): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const char of word) {
    if (piece && measure(piece + char) > maxWidth) {
      pieces.push(piece);
      piece = char;
    } else {
      piece += char;
    }
  }
  return piece ? [...pieces, piece] : pieces;
}

/**
 * Ends a line with an ellipsis that fits: whole words are dropped from its end first, so a cut
 * never leaves half a word, and characters only when a single word is left.
 */
export function withEllipsis(line: string, maxWidth: number, measure: MeasureText): string {
  const words = line.trim().split(/\s+/);
  while (words.length > 1 && measure(`${words.join(' ')}${ellipsis}`) > maxWidth) words.pop();
  let text = words.join(' ').replace(/[\s,;:.–—-]+$/, '');
  while (text && measure(`${text}${ellipsis}`) > maxWidth) text = Array.from(text).slice(0, -1).join('');
  return `${text}${ellipsis}`;
}

/**
 * Wraps text into lines no wider than `maxWidth`, breaking between words, and keeps at most
 * `maxLines`: when text is left over, the last line kept ends with an ellipsis so the cut shows.
 * Pure apart from `measure`, so it is tested without a canvas.
 */
export function wrapText(text: string, maxWidth: number, measure: MeasureText, maxLines = Infinity): string[] {
  const words = text
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((w) => (measure(w) > maxWidth ? breakWord(w, maxWidth, measure) : [w]));
  const lines = packLines(words, (line) => measure(line) <= maxWidth);
  const limit = Math.max(1, maxLines);
  if (lines.length <= limit) return lines;
  return [...lines.slice(0, limit - 1), withEllipsis(lines[limit - 1]!, maxWidth, measure)];
}
