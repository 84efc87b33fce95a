import type { FigureValue } from './figure-value.ts';
import { matchQuote } from './quote-match.ts';

/** How a figure's number is written: its decimal places, and whether in cents ("4 cents"). */
export interface WrittenForm {
  decimals: number;
  cents: boolean;
}

const decimalsOf = (n: number | undefined) => (n === undefined ? 0 : (String(n).split('.')[1]?.length ?? 0));

/**
 * The figure's written form: `decimals` when set, else as the quote writes the number ("$4.40" has
 * two places), else as many places as the value needs.
 */
export function writtenForm(figure: FigureValue): WrittenForm {
  const match = figure.quote ? matchQuote({ ...figure, quote: figure.quote }) : undefined;
  const ends = match?.found ? match.ends : [];
  const cents = ends.length > 0 && ends.every((end) => end.cents);
  if (figure.decimals !== undefined) return { decimals: figure.decimals, cents };
  if (ends.length > 0 && !ends.some((end) => end.fraction))
    return { decimals: Math.max(...ends.map((end) => end.decimals)), cents };
  const scale = cents ? 100 : 1;
  return {
    decimals: Math.max(
      decimalsOf(figure.value * scale),
      decimalsOf(figure.to === undefined ? undefined : figure.to * scale),
    ),
    cents,
  };
}
