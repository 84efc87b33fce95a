import type { Basis, Figure, Precision } from '../../schemas/figure.ts';
import type { FigureValue } from './figure-value.ts';
import { formatNumber } from './format-number.ts';
import { writtenForm } from './written-form.ts';

/** The words the page puts before a value of each precision (see `precisions` for the phrases each covers). */
const precisionWords: Record<Precision, string> = {
  exact: '',
  about: 'about ',
  nearly: 'nearly ',
  'more-than': 'more than ',
  'at-least': 'at least ',
  'less-than': 'less than ',
  'at-most': 'at most ',
  'up-to': 'up to ',
};

const basisWords: Record<Basis, string> = {
  reported: 'reported',
  projected: 'projected',
  estimate: 'estimate',
};

/**
 * The figure's value as the source wrote it, with its scale, currency, sign, precision and any
 * bound spelled out: "more than 30%", "US$13.7 billion", "−12%", "about US$100 billion".
 */
export function formatValue(figure: FigureValue): string {
  const { decimals, cents } = writtenForm(figure);
  return precisionWords[figure.precision] + formatNumber(figure, decimals, cents);
}

/** The word for a basis, as shown beside a number. */
export function basisLabel(basis: Basis): string {
  return basisWords[basis];
}

/**
 * The figure as it reads inline in prose: reported numbers stand alone, anything else carries
 * its basis so a projection never reads as a result ("4.2% (projected)").
 */
export function formatInline(figure: FigureValue & Pick<Figure, 'basis'>): string {
  const value = formatValue(figure);
  return figure.basis === 'reported' ? value : `${value} (${basisWords[figure.basis]})`;
}

/** The figure with its basis always named, for text read out of context: "4.2% (reported)". */
export function formatWithBasis(figure: FigureValue & Pick<Figure, 'basis'>): string {
  return `${formatValue(figure)} (${basisWords[figure.basis]})`;
}
