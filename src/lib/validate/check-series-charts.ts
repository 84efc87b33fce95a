import type { Briefing } from '../../schemas/briefing.ts';
import type { Figure } from '../../schemas/figure.ts';
import { type BriefingIndex, isTimeChart } from '../model/briefing-index.ts';
import { comparePeriods, figurePeriod } from '../model/periods.ts';
import { contentError, type ContentIssue } from '../errors/content-issue.ts';
import { incomparableMessage } from '../model/measures.ts';
import { seriesIssues } from './series-issues.ts';

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
