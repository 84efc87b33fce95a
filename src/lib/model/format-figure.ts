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

type Shown = Pick<Figure, 'value' | 'unit' | 'currency' | 'precision' | 'basis'> & Partial<Pick<Figure, 'derived'>>;

/**
 * The figure as it reads inline in prose: reported numbers stand alone, anything else carries
 * its basis so a projection never reads as a result ("4.2% (projected)"), and a number the briefing
 * computed says so ("5% (derived)").
 */
export function formatInline(figure: Shown): string {
  const value = formatValue(figure);
  const words = [figure.basis === 'reported' ? '' : basisWords[figure.basis], figure.derived ? 'derived' : ''].filter(
    Boolean,
  );
  return words.length ? `${value} (${words.join('; ')})` : value;
}

/** The figure with its basis always named, for text read out of context: "4.2% (reported)", "5% (reported; derived)". */
export function formatWithBasis(figure: Shown): string {
  return `${formatValue(figure)} (${basisWords[figure.basis]}${figure.derived ? '; derived' : ''})`;
}
