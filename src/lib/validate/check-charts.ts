import type { Entity } from '../../schemas/entity.ts';
import type { Figure } from '../../schemas/figure.ts';
import { contentError, type ContentIssue } from '../errors/content-issue.ts';
import { incomparableMessage } from '../model/measures.ts';
import { seriesOrderProblems } from '../model/series-order.ts';
import { spanMismatch } from '../model/periods.ts';
import type { Briefing } from '../../schemas/briefing.ts';
import { type BriefingIndex, counterpartFigure, placingClaim, isTimeChart } from '../model/briefing-index.ts';
import { comparePeriods, figurePeriod } from '../model/periods.ts';

/**
 * A series of figures is one entity's values of one metric (that of `like`, the chart's or claim's
 * first figure), in one unit, oldest first and one per period. `path(k)` locates figure k.
 */
export function seriesIssues(
  figures: readonly Figure[],
  like: Figure,
  path: (k: number) => PropertyKey[],
  entities: ReadonlyMap<string, Entity>,
): ContentIssue[] {
  const lead = figures[0]!;
  const mismatched = figures.flatMap((figure, k): ContentIssue[] => {
    if (figure.metric !== like.metric)
      return [
        contentError(
          path(k),
          `expected metric "${like.metric}" like "${like.id}", found "${figure.id}" on "${figure.metric}"`,
        ),
      ];
    if (figure.entity !== lead.entity)
      return [
        contentError(
          path(k),
          `expected a figure on "${lead.entity}" like "${lead.id}" (one entity per series), found "${figure.id}" on "${figure.entity}"`,
        ),
      ];
    const incomparable = incomparableMessage(like, figure);
    return incomparable ? [contentError(path(k), incomparable)] : [];
  });
  if (mismatched.length > 0) return mismatched;
  return seriesOrderProblems(figures, entities).map((p) => contentError(path(p.index), p.message));
}

/**
 * A chart compares like with like (one measure, currency and per-unit basis), lists each item once, and draws an entity without a
 * number only when a `leads` claim places it below a figure on the same chart.
 */
export function checkCharts(briefing: Briefing, index: BriefingIndex): ContentIssue[] {
  const issues: ContentIssue[] = [];
  briefing.charts.forEach((chart, i) => {
    if (chart.kind !== 'bar') return;
    const figures = chart.items.flatMap((item) => ('figure' in item ? (index.figures.get(item.figure) ?? []) : []));
    const seen = new Set<string>();
    chart.items.forEach((item, j) => {
      const path = ['charts', i, 'items', j];
      const id = 'figure' in item ? item.figure : item.entity;
      if (seen.has(id)) issues.push(contentError(path, `expected each item once, found "${id}" again`));
      seen.add(id);
      if ('figure' in item) {
        const figure = index.figures.get(item.figure);
        const first = figures[0];
        const message =
          figure && first && (incomparableMessage(first, figure) ?? spanMismatch(first, figure, index.entities));
        if (message) issues.push(contentError([...path, 'figure'], message));
        return;
      }
      if (!index.entities.has(item.entity)) return;
      const placing = placingClaim(chart, item.entity, index);
      if (!placing) {
        issues.push(
          contentError(
            [...path, 'entity'],
            `expected a "leads" claim that places "${item.entity}" below a figure on this chart, found none`,
          ),
        );
        return;
      }
      const leader = index.figures.get(placing.figure);
      const stated = leader && counterpartFigure(index, leader, item.entity);
      if (stated) {
        issues.push(
          contentError(
            [...path, 'entity'],
            `expected { figure: ${stated.id} } because the briefing states that number, found { entity: ${item.entity} }`,
          ),
        );
      }
    });
  });
  return issues;
}

/** An error when `figure` cannot share an axis with `first`, else nothing. */
function unitIssue(path: PropertyKey[], first: Figure, figure: Figure): ContentIssue[] {
  const incomparable = incomparableMessage(first, figure);
  return incomparable ? [contentError(path, incomparable)] : [];
}

/**
 * Column and line charts draw one metric over time: each series is one entity's figures in time
 * order, every series on the same metric and unit, and their periods line up on one axis. A grouped
 * bar chart has one figure per series in every group, all in one unit.
 */
export function checkSeriesCharts(briefing: Briefing, index: BriefingIndex): ContentIssue[] {
  const issues: ContentIssue[] = [];
  briefing.charts.forEach((chart, i) => {
    if (chart.kind === 'grouped-bar') {
      const first = index.figures.get(chart.groups[0]?.figures[0] ?? '');
      chart.groups.forEach((group, j) => {
        const path = ['charts', i, 'groups', j, 'figures'];
        if (group.figures.length !== chart.series.length)
          issues.push(
            contentError(
              path,
              `expected ${chart.series.length} figures, one per series (${chart.series.join(', ')}), found ${group.figures.length}`,
            ),
          );
        group.figures.forEach((id, k) => {
          const figure = index.figures.get(id);
          if (first && figure) issues.push(...unitIssue([...path, k], first, figure));
        });
      });
      return;
    }
    if (!isTimeChart(chart)) return;
    const first = index.figures.get(chart.series[0]!.figures[0]!);
    if (!first) return;
    chart.series.forEach((series, j) => {
      const figures = series.figures.map((id) => index.figures.get(id)!);
      issues.push(...seriesIssues(figures, first, (k) => ['charts', i, 'series', j, 'figures', k], index.entities));
    });
    if (issues.length > 0) return;
    // Series that are each in order must also share one axis: no period may overlap another.
    const periods = chart.series.flatMap((series, j) =>
      series.figures.map((id, k) => ({ id, j, k, period: figurePeriod(index.figures.get(id)!, index.entities) })),
    );
    for (const a of periods) {
      const clash = periods.find((b) => b.j < a.j && comparePeriods(a.period.range!, b.period.range!) === undefined);
      if (clash)
        issues.push(
          contentError(
            ['charts', i, 'series', a.j, 'figures', a.k],
            `expected "${a.id}" to share the axis with the other series, found that ${a.period.words} overlaps ${clash.period.words} ("${clash.id}")`,
          ),
        );
    }
  });
  return issues;
}
