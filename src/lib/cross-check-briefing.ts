import type { Briefing } from '../schemas/briefing.ts';
import { indexBriefing } from './briefing-index.ts';
import { checkBody } from './check-body.ts';
import { checkCharts } from './check-charts.ts';
import { checkClaims } from './check-claims.ts';
import { checkHistory } from './check-history.ts';
import { checkQuotes } from './check-quotes.ts';
import { checkReferences } from './check-references.ts';
import { checkUniqueIds } from './check-unique-ids.ts';
import { contentError, type ContentIssue } from './content-issue.ts';
import { parseMdxBody, referencingComponents } from './find-body-references.ts';
import { foundId } from './nearest-id.ts';

/**
 * Checks what a schema alone cannot: unique ids, resolving references, claims that hold, quotes
 * that carry their numbers, consistent charts and histories, and a body that matches the data.
 * Claims are only evaluated once every reference resolves, so one typo reports one error.
 */
export function crossCheckBriefing(briefing: Briefing, body?: string): ContentIssue[] {
  const index = indexBriefing(briefing);
  const structural = [...checkUniqueIds(briefing), ...checkReferences(briefing, index)];
  const issues = [
    ...structural,
    ...checkQuotes(briefing),
    ...checkHistory(briefing),
    ...(structural.length === 0 ? [...checkClaims(briefing, index), ...checkCharts(briefing, index)] : []),
  ];
  if (body !== undefined) {
    const parsed = parseMdxBody(body);
    if (parsed.syntaxError) {
      issues.push(
        contentError(
          [],
          `expected valid MDX, found a syntax error: ${parsed.syntaxError.message}`,
          parsed.syntaxError.line,
        ),
      );
    } else {
      for (const { name, line } of parsed.unknownComponents) {
        issues.push(
          contentError(
            [],
            `expected one of the components ${referencingComponents.map((c) => `<${c}>`).join(', ')}, ${foundId(name, referencingComponents).replace(/"([^"]+)"/g, '<$1>')}`,
            line,
          ),
        );
      }
      for (const line of parsed.looseContent) {
        issues.push(
          contentError(
            [],
            'expected all prose inside a <Section id="..."> block, found content outside any section',
            line,
          ),
        );
      }
      issues.push(...checkBody(briefing, index, parsed.references));
    }
  }
  return issues;
}
