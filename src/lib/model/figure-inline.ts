import type { Figure } from '../../schemas/figure.ts';
import { previousValueNote } from './figure-changes.ts';
import { formatInline, formatValue } from './format-figure.ts';

/**
 * The figure as it reads in running text, wherever it is placed: "4.2% (projected)", or for a
 * revised figure "4.8% (reported; was projected at 4.2%)".
 */
export function figureInline(figure: Figure): string {
  const revised = previousValueNote(figure);
  return revised ? `${formatValue(figure)} (${figure.basis}; ${revised})` : formatInline(figure);
}
