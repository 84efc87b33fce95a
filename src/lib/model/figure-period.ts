import type { Entity } from '../../schemas/entity.ts';
import type { Figure } from '../../schemas/figure.ts';
import { describePeriod, periodAxisLabel, periodHeading } from './describe-period.ts';
import { fiscalYearEndOf } from './fiscal-year-end.ts';
import { isDated, periodRange, type PeriodRange } from './period-range.ts';

/** A figure's period, resolved with its entity's fiscal year: where it falls and how it reads. */
export interface FigurePeriod {
  /** The days it covers, or undefined for a period given only in words. */
  range?: PeriodRange;
  /** "the quarter to 30 September 2025 (Q2 of fiscal 2026)". */
  words: string;
  /** "The quarter to 30 September 2025 (Q2 of fiscal 2026)", for a cell or line of its own. */
  heading: string;
  /** "Jul–Sep 2025", for a chart axis. */
  axis: string;
}

export function figurePeriod(
  figure: Pick<Figure, 'period' | 'entity'>,
  entities: ReadonlyMap<string, Entity>,
): FigurePeriod {
  const yearEnd = fiscalYearEndOf(figure.entity, entities);
  return {
    range: isDated(figure.period) ? periodRange(figure.period, yearEnd) : undefined,
    words: describePeriod(figure.period, yearEnd),
    heading: periodHeading(figure.period, yearEnd),
    axis: periodAxisLabel(figure.period, yearEnd),
  };
}
