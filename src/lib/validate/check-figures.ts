import type { Briefing } from '../../schemas/briefing.ts';
import { contentError, type ContentIssue } from '../errors/content-issue.ts';
import { indexBriefing } from '../model/briefing-index.ts';
import { fiscalYearEndOf } from '../model/entities.ts';

/**
 * A briefing's dates agree: it is updated after it was published (an update the same day is no
 * change a reader could have missed, so the page does not say "Updated"), and a figure revised
 * after publication dates the briefing's update, so readers and feeds see that it changed.
 */
export function checkDates(briefing: Briefing): ContentIssue[] {
  const { published, updated } = briefing;
  if (updated !== undefined && updated <= published) {
    return [contentError(['updated'], `expected a date after published (${published}), found ${updated}`)];
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

/**
 * A figure's history runs oldest first, in the figure's unit, and ends before the current value;
 * an earlier value goes undated only when its source is undated, or when it is quoted from the
 * figure's own source, which states both ("cut its outlook from $890–900 million to $865–875 million").
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
      const statedBeside = source === figure.source && revision.quote !== undefined;
      if (!revision.date && !undated.has(source) && !statedBeside) {
        issues.push(
          contentError(
            [...path, 'date'],
            `expected the date of this value because its source "${source}" is dated, found nothing (the field is missing): give the date, or quote the earlier value where the figure's own source states it`,
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
