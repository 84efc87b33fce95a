import type { Basis, Figure } from '../../schemas/figure.ts';
import type { MonthName } from '../../schemas/period.ts';
import { incomparability } from '../model/measures.ts';
import {
  comparePeriods,
  periodsBetween,
  resolvePeriod,
  type FigurePeriod,
  type SteppedPeriod,
} from '../model/periods.ts';
import type { PeriodPoint } from './company-chart-view.ts';

/** What choosing a chart's points needs of each figure on a metric. */
export interface Candidate {
  figure: Figure;
  period: FigurePeriod;
  /** The month the figure's entity ends its fiscal year in, if it says. */
  yearEnd?: MonthName;
  briefing: { published: string };
}

const basisRank: Record<Basis, number> = { reported: 0, estimate: 1, projected: 2 };

/** Kinds of period that follow one another in steps, so the periods between two can be listed. */
const stepped = ['quarter', 'half', 'year', 'month'];

/**
 * The points a metric's chart draws, from its figures ordered by period: one per dated, closed
 * period, of one basis (reported values where at least two periods have one, else the latest
 * estimate or projection of each period), so a series never mixes what was reported with what was
 * expected; comparable with the latest by the rule a briefing's own charts follow
 * (`incomparability`: never two currencies or units in one series) and of its period kind, and
 * only when at least two periods follow one another without overlapping. Quarters, halves, years
 * and months are drawn with every period between the first and the last, those without a figure
 * included, so periods with a gap between them never sit side by side.
 */
export function chartPoints(found: readonly Candidate[]): PeriodPoint[] {
  const dated = found.filter((f) => f.period.range?.end && typeof f.figure.period !== 'string');
  const latest = dated.at(-1);
  if (!latest || typeof latest.figure.period === 'string') return [];
  const latestPeriod = latest.figure.period;
  const like = dated.filter(
    (f) =>
      typeof f.figure.period !== 'string' &&
      f.figure.period.kind === latestPeriod.kind &&
      incomparability(f.figure, latest.figure) === undefined,
  );
  const byPeriod = Map.groupBy(like, (f) => `${f.period.range!.start}/${f.period.range!.end}`);
  const best = [...byPeriod.values()].map(
    (same) =>
      [...same].sort(
        (a, b) =>
          basisRank[a.figure.basis] - basisRank[b.figure.basis] ||
          b.briefing.published.localeCompare(a.briefing.published),
      )[0]!,
  );
  const reported = best.filter((p) => p.figure.basis === 'reported');
  const points = reported.length >= 2 ? reported : best.filter((p) => p.figure.basis !== 'reported');
  const ordered = points.every(
    (p, i) => i === 0 || comparePeriods(points[i - 1]!.period.range!, p.period.range!) === -1,
  );
  if (points.length < 2 || !ordered) return [];
  const drawn = points.map(({ figure, period }): PeriodPoint => ({ figure, period }));
  if (!stepped.includes(latestPeriod.kind)) return drawn;
  const every = periodsBetween(
    points[0]!.period.range!.start,
    points.at(-1)!.period.range!.start,
    latestPeriod as SteppedPeriod,
    latest.yearEnd,
  );
  if (every.length === 0) return drawn;
  return every.map((period) => {
    const resolved = resolvePeriod(period, latest.yearEnd);
    return drawn.find((p) => p.period.range!.start === resolved.range!.start) ?? { period: resolved };
  });
}
