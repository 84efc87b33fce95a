import type { Briefing } from '../../schemas/briefing.ts';
import { indexBriefing } from '../model/briefing-index.ts';
import { checkBody } from './check-body.ts';
import { checkBodySource } from './check-body-source.ts';
import { checkCharts } from './check-charts.ts';
import { checkClaims } from './check-claims.ts';
import { checkDates } from './check-dates.ts';
import { checkHistory } from './check-history.ts';
import { checkPeriods } from './check-periods.ts';
import { checkQuotes } from './check-quotes.ts';
import { checkFigDirection } from './check-fig-direction.ts';
import { checkProseNumbers } from './check-prose-numbers.ts';
import { checkShownText } from './check-shown-text.ts';
import { checkSourceTexts, type SourceTexts } from './check-source-texts.ts';
import { checkSeriesCharts } from './check-series-charts.ts';
import { checkReferences } from './check-references.ts';
import { checkUniqueIds } from './check-unique-ids.ts';
import type { ContentIssue } from '../errors/content-issue.ts';

/**
 * Checks what a schema alone cannot: unique ids, resolving references, claims that hold, quotes
 * that carry their numbers, consistent charts and histories, and a body that matches the data.
 * Claims are only evaluated once every reference resolves, so one typo reports one error.
 */
export function crossCheckBriefing(briefing: Briefing, body?: string, sourceTexts?: SourceTexts): ContentIssue[] {
  const index = indexBriefing(briefing);
  const structural = [...checkUniqueIds(briefing), ...checkReferences(briefing, index)];
  const issues = [
    ...structural,
    ...checkQuotes(briefing),
    ...checkShownText(briefing),
    ...(sourceTexts ? checkSourceTexts(briefing, sourceTexts) : []),
    ...checkHistory(briefing),
    ...checkPeriods(briefing),
    ...checkDates(briefing),
    ...(structural.length === 0
      ? [...checkClaims(briefing, index), ...checkCharts(briefing, index), ...checkSeriesCharts(briefing, index)]
      : []),
  ];
  if (body !== undefined) {
    const checked = checkBodySource(body, index);
    issues.push(...checked.issues);
    if (checked.references) issues.push(...checkBody(briefing, index, checked.references));
    if (checked.tree)
      issues.push(
        ...checkProseNumbers(
          checked.tree,
          briefing.figures,
          briefing.entities.map((e) => e.name),
        ),
        ...checkFigDirection(checked.tree, briefing.figures),
      );
  }
  return issues;
}
