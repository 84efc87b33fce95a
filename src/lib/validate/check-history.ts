import type { Briefing } from '../../schemas/briefing.ts';
import { contentError, type ContentIssue } from '../errors/content-issue.ts';

/** A figure's history runs oldest first, in the figure's unit, and ends before the current value. */
export function checkHistory(briefing: Briefing): ContentIssue[] {
  const issues: ContentIssue[] = [];
  briefing.figures.forEach((figure, i) => {
    if (figure.history.length === 0) return;
    if (!figure.asOf) {
      issues.push(
        contentError(
          ['figures', i, 'asOf'],
          'expected the date of the current value because the figure has a history, found nothing (the field is missing)',
        ),
      );
    }
    figure.history.forEach((revision, j) => {
      const path = ['figures', i, 'history', j];
      if (revision.unit && revision.unit !== figure.unit) {
        issues.push(
          contentError([...path, 'unit'], `expected the figure's unit ${figure.unit}, found ${revision.unit}`),
        );
      }
      const previous = figure.history[j - 1];
      if (previous && revision.date <= previous.date) {
        issues.push(
          contentError(
            [...path, 'date'],
            `expected a date after ${previous.date} (history runs oldest first), found ${revision.date}`,
          ),
        );
      }
    });
    const last = figure.history.at(-1)!;
    if (figure.asOf && figure.asOf <= last.date) {
      issues.push(
        contentError(
          ['figures', i, 'asOf'],
          `expected a date after the last revision (${last.date}), found ${figure.asOf}`,
        ),
      );
    }
  });
  return issues;
}
