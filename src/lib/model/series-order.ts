import type { Entity } from '../../schemas/entity.ts';
import type { Figure } from '../../schemas/figure.ts';
import { comparePeriods, figurePeriod } from './periods.ts';

/** Why one figure of a series cannot follow the one before it. */
export interface SeriesOrderProblem {
  /** Position of the offending figure in the series. */
  index: number;
  message: string;
}

/**
 * Checks that figures listed as a series run forward in time: each has a dated period of the same
 * kind as the first, and each ends before the next begins. Returns the first problem per figure.
 */
export function seriesOrderProblems(
  figures: readonly Figure[],
  entities: ReadonlyMap<string, Entity>,
): SeriesOrderProblem[] {
  const problems: SeriesOrderProblem[] = [];
  const first = figures[0];
  figures.forEach((figure, i) => {
    const period = figurePeriod(figure, entities);
    if (!period.range || typeof figure.period === 'string') {
      problems.push({
        index: i,
        message: `expected "${figure.id}" to have a dated period (such as { kind: quarter, year, quarter }) so it can be put in order, found "${period.words}"`,
      });
      return;
    }
    if (first && typeof first.period !== 'string' && first.period.kind !== figure.period.kind) {
      problems.push({
        index: i,
        message: `expected a ${first.period.kind} like "${first.id}", found "${figure.id}" for ${period.words}`,
      });
      return;
    }
    const previous = figures[i - 1];
    if (!previous || typeof previous.period === 'string') return;
    const before = figurePeriod(previous, entities);
    const order = comparePeriods(before.range!, period.range);
    if (order === undefined || order >= 0) {
      const why = order === undefined ? 'overlaps' : order === 0 ? 'is the same period as' : 'comes before';
      problems.push({
        index: i,
        message: `expected "${figure.id}" to follow "${previous.id}" in time, found that ${period.words} ${why} ${before.words}; list a series oldest first, one figure per period`,
      });
    }
  });
  return problems;
}
