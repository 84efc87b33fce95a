import type { Briefing } from '../../schemas/briefing.ts';
import { contentError, type ContentIssue } from '../errors/content-issue.ts';

/**
 * A figure's history runs oldest first, in the figure's unit, and ends before the current value;
 * an earlier value goes undated only when its source is undated.
 */
export function checkHistory(briefing: Briefing): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const undated = new Set(briefing.sources.filter((s) => typeof s.date !== 'string').map((s) => s.id));
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
      const source = revision.source ?? figure.source;
      if (!revision.date && !undated.has(source)) {
        issues.push(
          contentError(
            [...path, 'date'],
            `expected the date of this value because its source "${source}" is dated, found nothing (the field is missing)`,
          ),
        );
      }
      const previous = figure.history.slice(0, j).findLast((h) => h.date)?.date;
      if (previous && revision.date && revision.date <= previous) {
        issues.push(
          contentError(
            [...path, 'date'],
            `expected a date after ${previous} (history runs oldest first), found ${revision.date}`,
          ),
        );
      }
    });
    const last = figure.history.findLast((h) => h.date)?.date;
    if (figure.asOf && last && figure.asOf <= last) {
      issues.push(
        contentError(['figures', i, 'asOf'], `expected a date after the last revision (${last}), found ${figure.asOf}`),
      );
    }
  });
  return issues;
}
