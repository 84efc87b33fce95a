import type { Briefing } from '../../schemas/briefing.ts';
import { contentError, type ContentIssue } from '../errors/content-issue.ts';

/**
 * A briefing's dates agree: it is updated on or after it was published, and a figure revised
 * after publication dates the briefing's update, so readers and feeds see that it changed.
 */
export function checkDates(briefing: Briefing): ContentIssue[] {
  const { published, updated } = briefing;
  if (updated !== undefined && updated < published) {
    return [contentError(['updated'], `expected a date on or after published (${published}), found ${updated}`)];
  }
  const revised = briefing.figures
    .filter((figure) => figure.history.length > 0 && figure.asOf !== undefined && figure.asOf > published)
    .sort((a, b) => b.asOf!.localeCompare(a.asOf!))[0];
  if (revised && (updated === undefined || updated < revised.asOf!)) {
    return [
      contentError(
        ['updated'],
        `expected a date on or after ${revised.asOf}, when figure ${revised.id} was revised after publication, ` +
          `found ${updated ?? 'nothing (the field is missing)'}`,
      ),
    ];
  }
  return [];
}
