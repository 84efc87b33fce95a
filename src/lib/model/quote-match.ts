import type { FigureValue } from './figure-value.ts';
import { writtenNumbers, type WrittenNumber } from './written-numbers.ts';

/** Words that stand in for a minus sign: "down 12%", "a 55% drop", "shed $233 billion". */
export const fallWords = [
  'down',
  'fell',
  'fall',
  'falls',
  'fallen',
  'drop',
  'drops',
  'dropped',
  'decline',
  'declined',
  'declines',
  'decrease',
  'decreased',
  'shed',
  'sheds',
  'lost',
  'lose',
  'loses',
  'loss',
  'lower',
  'slid',
  'slump',
  'slumped',
  'plunged',
  'tumbled',
  'sank',
  'shrank',
  'contracted',
  'minus',
  'negative',
] as const;

const fallPattern = new RegExp(`\\b(?:${fallWords.join('|')})\\b`, 'i');

/** True when a text has a word for a fall, which stands in for a minus sign. */
export function mentionsFall(text: string): boolean {
  return fallPattern.test(text);
}

/** How a figure's value was found in its quote, or why it was not. */
export type QuoteMatch =
  | { found: true; /** The written numbers of each end: one, or two for a range. */ ends: WrittenNumber[] }
  | {
      found: false;
      /**
       * `missing`: the number is not there; `scale`: it is, with another scale; `fall`: a negative
       * value written with neither a minus sign nor a word for a fall; `rise`: a positive value
       * written with a minus sign.
       */
      problem: 'missing' | 'scale' | 'fall' | 'rise';
      /** For `scale`, `fall` and `rise`: the number as the quote writes it. */
      written?: WrittenNumber;
    };

/** True when `written` is the number `end` (sign aside), in the figure's unit and scale. */
function sameNumber(written: WrittenNumber, end: number, figure: FigureValue): boolean {
  const size = Math.abs(end);
  if (figure.unit === 'fraction') return written.fraction && Math.abs(written.value - size) < 0.0005;
  if (written.fraction) return false;
  if (written.cents) return figure.unit === 'currency' && Math.round(written.value) / 100 === size;
  return written.value === size;
}

/** Finds one end of the figure's value in the written numbers, or the closest miss. */
function matchEnd(
  numbers: readonly WrittenNumber[],
  end: number,
  figure: FigureValue,
  fall: boolean,
  lowEndOfRange: boolean,
): QuoteMatch {
  const candidates = numbers.filter((n) => sameNumber(n, end, figure));
  // A range often writes its scale once, after the high end: "between 277 and 280 billion yuan".
  const scaled = candidates.filter(
    (n) => n.cents || n.scale === figure.scale || (lowEndOfRange && n.scale === undefined),
  );
  if (scaled.length === 0)
    return candidates[0]
      ? { found: false, problem: 'scale', written: candidates[0] }
      : { found: false, problem: 'missing' };
  const signed = scaled.find((n) => (end < 0 ? n.minus || fall : end > 0 ? !n.minus : true));
  if (signed) return { found: true, ends: [signed] };
  return { found: false, problem: end < 0 ? 'fall' : 'rise', written: scaled[0] };
}

/**
 * Looks for a figure's value in its quote as the source writes it: the number with its decimals
 * ("$4.40" holds 4.4), its scale ("$13.7 billion" holds 13.7 with scale billion), and its sign,
 * where a word for a fall stands in for a minus sign ("down 12%" holds -12). A range needs both ends.
 */
export function matchQuote(figure: FigureValue & { quote: string }): QuoteMatch {
  const numbers = writtenNumbers(figure.quote);
  const fall = mentionsFall(figure.quote);
  const range = figure.to !== undefined;
  const low = matchEnd(numbers, figure.value, figure, fall, range);
  if (!low.found || !range) return low;
  const high = matchEnd(numbers, figure.to!, figure, fall, false);
  return high.found ? { found: true, ends: [...low.ends, ...high.ends] } : high;
}
