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

/**
 * The figure's size, its sign dropped, for text whose words already say the direction: "fell by
 * 52%" for −52%; a range keeps its ends in order ("fell by 2% – 4%" for −4% to −2%).
 */
export function figureSize(figure: Figure): Figure {
  if (figure.value === undefined) return figure;
  if (figure.to === undefined) return { ...figure, value: Math.abs(figure.value) };
  const [low, high] = [Math.abs(figure.value), Math.abs(figure.to)].sort((a, b) => a - b);
  return { ...figure, value: low!, to: high! };
}
