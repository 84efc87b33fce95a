import type { Figure } from '../../schemas/figure.ts';
import { formulaText } from './derive-value.ts';

/**
 * How a derived figure was computed, as citations and downloads state it:
 * "derived: (52.4 − 50.1) / 50.1"; undefined for a figure quoted from its source.
 */
export function derivationText(figure: Figure, figures: ReadonlyMap<string, Figure>): string | undefined {
  if (!figure.derived) return undefined;
  const [a, b] = figure.derived.of.map((id) => figures.get(id)!.value) as [number, number];
  return `derived: ${formulaText(figure.derived.formula, a, b)}`;
}
