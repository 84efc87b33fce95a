import type { Briefing } from '../../schemas/briefing.ts';
import type { Basis, Figure } from '../../schemas/figure.ts';
import { indexBriefing } from './briefing-index.ts';
import { revisionValue } from './format-figure.ts';
import { figurePeriod, type FigurePeriod } from './periods.ts';
import type { FigureValue } from './measures.ts';

/** One statement of a number in a briefing: a figure's current value, or an earlier one in its history. */
export interface FigureAppearance {
  figure: Figure;
  /** Position of the figure in the briefing's `figures`. */
  figureIndex: number;
  /** Position in the figure's `history`, for an earlier value; absent for the current value. */
  historyIndex?: number;
  /** The number as stated there: for an earlier value, the figure with that value, bound and quote. */
  value: FigureValue;
  basis: Basis;
  /** Where the value is written: `['figures', 2, 'value']` or `['figures', 2, 'history', 0, 'value']`. */
  path: (string | number)[];
  period: FigurePeriod;
  /**
   * What makes two appearances the same number (entity, metric, the days the period covers, basis),
   * or undefined when the period cannot be pinned down: given only in words, or open-ended.
   */
  key?: string;
}

/** The identity of a number, for a figure whose period has a start and an end. */
function identity(figure: Figure, period: FigurePeriod, basis: Basis): string | undefined {
  if (!period.range?.end) return undefined;
  return [figure.entity, figure.metric, `${period.range.start}/${period.range.end}`, basis].join('\u0000');
}

/** Every number a briefing states, current values and recorded earlier ones, in file order. */
export function figureAppearances(briefing: Briefing): FigureAppearance[] {
  const { entities } = indexBriefing(briefing);
  return briefing.figures.flatMap((figure, figureIndex) => {
    const period = figurePeriod(figure, entities);
    const earlier = figure.history.map((revision, historyIndex): FigureAppearance => ({
      figure,
      figureIndex,
      historyIndex,
      value: revisionValue(figure, revision),
      basis: revision.basis,
      path: ['figures', figureIndex, 'history', historyIndex, 'value'],
      period,
      key: identity(figure, period, revision.basis),
    }));
    const current: FigureAppearance = {
      figure,
      figureIndex,
      value: figure,
      basis: figure.basis,
      path: ['figures', figureIndex, 'value'],
      period,
      key: identity(figure, period, figure.basis),
    };
    return [current, ...earlier];
  });
}
