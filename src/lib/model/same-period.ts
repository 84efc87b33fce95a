import type { Entity } from '../../schemas/entity.ts';
import type { Figure } from '../../schemas/figure.ts';
import { comparePeriods } from './compare-periods.ts';
import { figurePeriod } from './figure-period.ts';

/**
 * True when two figures are for the same period: the same days where both are dated (each read
 * with its own entity's fiscal year), otherwise the same words, case aside.
 */
export function samePeriod(
  a: Pick<Figure, 'period' | 'entity'>,
  b: Pick<Figure, 'period' | 'entity'>,
  entities: ReadonlyMap<string, Entity>,
): boolean {
  const pa = figurePeriod(a, entities);
  const pb = figurePeriod(b, entities);
  return pa.range && pb.range
    ? comparePeriods(pa.range, pb.range) === 0
    : pa.words.toLowerCase() === pb.words.toLowerCase();
}
