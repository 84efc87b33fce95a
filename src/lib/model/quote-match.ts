import type { Unit } from '../../schemas/figure.ts';
import { precisionTable } from '../../schemas/precision.ts';
import type { FigureValue } from './measures.ts';
import { writtenNumbers, type WrittenNumber, type WrittenUnit } from './written-numbers.ts';

/** How a figure's value was found in its quote, or why it was not. */
export type QuoteMatch =
  | { found: true; /** The written numbers of each end: one, or two for a range. */ ends: WrittenNumber[] }
  | {
      found: false;
      /**
       * `missing`: the number is not there; `unit`: it is, as another unit or currency; `scale`: it
       * is, with another scale; `precision`: it is, with another precision phrase; `fall`: a
       * negative value written with neither a minus sign nor a word for a fall next to it; `rise`:
       * a positive value written with a minus sign or a word for a fall next to it.
       */
      problem: 'missing' | 'unit' | 'scale' | 'precision' | 'fall' | 'rise';
      /** For every problem but `missing`: the number as the quote writes it. */
      written?: WrittenNumber;
    };

/** The units a number may be written with for each unit of a figure (none written always fits). */
const unitsFor: Record<Unit, readonly WrittenUnit[]> = {
  percent: ['percent'],
  'percentage-points': ['points', 'percent'],
  'basis-points': ['basis-points'],
  fraction: [],
  multiple: ['multiple'],
  year: [],
  days: [],
  weeks: [],
  months: [],
  quarters: [],
  years: [],
  count: [],
  currency: ['currency'],
};

/** True when a number's written unit and currency can be the figure's. */
export function unitFits(written: WrittenNumber, figure: Pick<FigureValue, 'unit' | 'currency'>): boolean {
  if (written.unit && !unitsFor[figure.unit].includes(written.unit)) return false;
  return !written.currencies || !figure.currency || written.currencies.includes(figure.currency);
}

/** The one sign rule: a value's sign is a minus sign before its number or a word for a fall next to it. */
export function writtenNegative(written: WrittenNumber): boolean {
  return written.minus || written.direction === 'fall';
}

/** True when `written` is the number `end` (sign aside) in size. */
function sameSize(written: WrittenNumber, end: number, figure: FigureValue): boolean {
  const size = Math.abs(end);
  if (figure.unit === 'fraction') return written.fraction && Math.abs(written.value - size) < 0.0005;
  if (written.fraction) return false;
  if (written.cents) return figure.unit === 'currency' && Math.abs(written.value / 100 - size) < 1e-9;
  return written.value === size;
}

/** Finds one end of the figure's value in the written numbers, or the closest miss. */
function matchEnd(
  numbers: readonly WrittenNumber[],
  end: number,
  figure: FigureValue,
  rangeEnd: 'low' | 'high' | undefined,
  /** For a range's high end: its low end was written as a fall, which "to" carries over ("a loss of $2.93 to $2.78"). */
  fallCarried = false,
): QuoteMatch {
  const steps: [Extract<QuoteMatch, { found: false }>['problem'], (n: WrittenNumber) => boolean][] = [
    ['unit', (n) => unitFits(n, figure)],
    // A range often writes its scale once, after the high end: "between 277 and 280 billion yuan";
    // zero ("breakeven", "flat") needs none.
    ['scale', (n) => n.cents || n.scale === figure.scale || (!n.scale && (rangeEnd === 'low' || n.value === 0))],
    // A range's ends carry its precision once, before the low end: "about 14% to 16%".
    // A range's precision is judged on both ends together (see `matchQuote`).
    [
      'precision',
      (n) =>
        rangeEnd !== undefined ||
        n.precision === figure.precision ||
        (n.precision === 'exact' && n.passed !== undefined && n.passed === precisionTable[figure.precision].bound),
    ],
    [
      end < 0 ? 'fall' : 'rise',
      (n) => end === 0 || (end < 0 ? writtenNegative(n) || fallCarried : !writtenNegative(n)),
    ],
  ];
  let candidates = numbers.filter((n) => sameSize(n, end, figure));
  if (candidates.length === 0) return { found: false, problem: 'missing' };
  for (const [problem, keep] of steps) {
    const kept = candidates.filter(keep);
    if (kept.length === 0) return { found: false, problem, written: candidates[0]! };
    candidates = kept;
  }
  return { found: true, ends: [candidates[0]!] };
}

/**
 * Looks for a figure's value in its quote as the source writes it, at a number's boundary ("6.6"
 * is not in "16.6"): the number with its decimals ("$4.40" holds 4.4), its unit and currency ("317%"
 * is no amount, "$100" no yuan), its scale ("$13.7 billion" holds 13.7 with scale billion), its
 * precision phrase ("as much as 11%" is up to 11%) and its sign, where a word for a fall next to the
 * number stands in for a minus sign ("down 12%" holds -12; "fell 64% to 6.4 billion" holds -64 and
 * 6.4 billion). A range needs both ends.
 */
export function matchQuote(figure: FigureValue & { quote: string }): QuoteMatch {
  const numbers = writtenNumbers(figure.quote.normalize('NFKC'));
  if (figure.to === undefined) return matchEnd(numbers, figure.value, figure, undefined);
  const inOrder = matchRange(numbers, figure, figure.value, figure.to);
  // A fall's range is often written by size, the smaller fall first: "to fall by 3.5% to 4%" is
  // −4% to −3.5%.
  if (inOrder.found || figure.value >= 0 || figure.to > 0) return inOrder;
  const bySize = matchRange(numbers, figure, figure.to, figure.value);
  return bySize.found ? bySize : inOrder;
}

/** Finds a range's two ends in the order they are written, then its precision, stated once. */
function matchRange(numbers: readonly WrittenNumber[], figure: FigureValue, first: number, second: number): QuoteMatch {
  const low = matchEnd(numbers, first, figure, 'low');
  if (!low.found) return low;
  const high = matchEnd(numbers, second, figure, 'high', writtenNegative(low.ends[0]!));
  if (!high.found) return high;
  // A range carries its precision phrase once, before either end: "about 14% to 16%", "from
  // around breakeven to a loss of $5 million"; an exact range has none.
  const ends = [...low.ends, ...high.ends];
  const stated = ends.map((n) => n.precision).filter((p) => p !== 'exact');
  const precise = figure.precision === 'exact' ? stated.length === 0 : stated.includes(figure.precision);
  return precise
    ? { found: true, ends }
    : { found: false, problem: 'precision', written: ends.find((n) => n.precision !== 'exact') ?? ends[0]! };
}

/**
 * How a text states a computed value, or why it does not: `missing` when no number written in
 * digits is the value's size to the precision it is written in (317 is stated to within 0.5, 5.3 to
 * within 0.05); `fall` when the value is negative and no such number is written negative; `rise`
 * when the value is positive and every such number is written negative. The sign follows the one
 * rule of a stated figure's quote, so a value whose sign flips (inputs given the wrong way round)
 * is caught; only a written zero ("flat at 0.0 points") needs no sign.
 */
export function howStated(text: string, value: number): 'stated' | 'missing' | 'fall' | 'rise' {
  const sized = writtenNumbers(text.normalize('NFKC')).filter(
    (n) => n.digits && !n.cents && Math.abs(Math.abs(value) - n.value) <= 0.5 * 10 ** -n.decimals + 1e-9,
  );
  if (sized.length === 0) return 'missing';
  if (sized.some((n) => n.value === 0)) return 'stated';
  if (value < 0) return sized.some(writtenNegative) ? 'stated' : 'fall';
  return sized.some((n) => !writtenNegative(n)) ? 'stated' : 'rise';
}
