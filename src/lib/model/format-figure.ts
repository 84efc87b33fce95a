import type { Basis, Figure, Precision } from '../../schemas/figure.ts';
import { formatNumber } from './format-number.ts';

const precisionWords: Record<Precision, string> = {
  exact: '',
  'more-than': 'more than ',
  'at-least': 'at least ',
  'less-than': 'less than ',
  'at-most': 'at most ',
  about: 'about ',
};

const basisWords: Record<Basis, string> = {
  reported: 'reported',
  projected: 'projected',
  estimate: 'estimate',
};

/** The figure's value with its bound spelled out: "more than 30%", "4.2%". */
export function formatValue(figure: Pick<Figure, 'value' | 'unit' | 'currency' | 'precision'>): string {
  return precisionWords[figure.precision] + formatNumber(figure.value, figure.unit, figure.currency);
}

/** The word for a basis, as shown beside a number. */
export function basisLabel(basis: Basis): string {
  return basisWords[basis];
}

/**
 * The figure as it reads inline in prose: reported numbers stand alone, anything else carries
 * its basis so a projection never reads as a result ("4.2% (projected)").
 */
export function formatInline(figure: Pick<Figure, 'value' | 'unit' | 'currency' | 'precision' | 'basis'>): string {
  const value = formatValue(figure);
  return figure.basis === 'reported' ? value : `${value} (${basisWords[figure.basis]})`;
}

/** The figure with its basis always named, for text read out of context: "4.2% (reported)". */
export function formatWithBasis(figure: Pick<Figure, 'value' | 'unit' | 'currency' | 'precision' | 'basis'>): string {
  return `${formatValue(figure)} (${basisWords[figure.basis]})`;
}
