import type { Briefing } from '../../schemas/briefing.ts';
import { contentError, type ContentIssue } from '../errors/content-issue.ts';
import { indexBriefing } from '../model/briefing-index.ts';
import { fiscalYearEndOf } from '../model/entities.ts';

/**
 * Each figure's period can be placed on the calendar as written: a fiscal period needs its entity's
 * fiscal-year end, and a span runs forwards.
 */
export function checkPeriods(briefing: Briefing): ContentIssue[] {
  const { entities } = indexBriefing(briefing);
  return briefing.figures.flatMap((figure, i): ContentIssue[] => {
    const { period } = figure;
    if (typeof period === 'string') return [];
    if (
      'fiscal' in period &&
      period.fiscal &&
      entities.has(figure.entity) &&
      !fiscalYearEndOf(figure.entity, entities)
    ) {
      return [
        contentError(
          ['figures', i, 'period', 'fiscal'],
          `expected entity "${figure.entity}" (or its parent) to declare fiscalYearEnd because the period is fiscal, found none`,
        ),
      ];
    }
    if (period.kind === 'span' && period.to !== undefined && period.to < period.from) {
      return [
        contentError(['figures', i, 'period', 'to'], `expected a date on or after ${period.from}, found ${period.to}`),
      ];
    }
    return [];
  });
}
