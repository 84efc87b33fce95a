import type { Basis, Figure } from '../../schemas/figure.ts';
import { precisionTable } from '../../schemas/precision.ts';
import type { FigureValue } from './figure-value.ts';
import { formatNumber } from './format-number.ts';
import { writtenForm } from './written-form.ts';

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
  const { wording } = precisionTable[figure.precision];
  return (wording ? `${wording} ` : '') + formatNumber(figure, decimals, cents);
}

/** The word for a basis, as shown beside a number. */
export function basisLabel(basis: Basis): string {
  return basisWords[basis];
}

type Shown = FigureValue & Pick<Figure, 'basis'> & Partial<Pick<Figure, 'derived'>>;

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
