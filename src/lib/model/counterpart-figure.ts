import type { Figure } from '../../schemas/figure.ts';
import type { BriefingIndex } from './briefing-index.ts';
import { samePeriod } from './same-period.ts';

/**
 * The figure `entity` has on `figure`'s metric for the same period: what a claim that `figure`
 * is ahead of that entity is checked against, of the same basis when there is one. Undefined
 * when the briefing states none, as for a rival the source ranks without a number; a figure for
 * another period is no counterpart, since last year's number says nothing about this year's lead.
 */
export function counterpartFigure(index: BriefingIndex, figure: Figure, entity: string): Figure | undefined {
  let otherBasis: Figure | undefined;
  for (const other of index.figures.values()) {
    if (other.entity !== entity || other.metric !== figure.metric) continue;
    if (!samePeriod(other, figure, index.entities)) continue;
    if (other.basis === figure.basis) return other;
    otherBasis ??= other;
  }
  return otherBasis;
}
