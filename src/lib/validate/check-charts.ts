import type { Briefing } from '../../schemas/briefing.ts';
import { type BriefingIndex, counterpartFigure, placingClaim } from '../model/briefing-index.ts';
import { contentError, type ContentIssue } from '../errors/content-issue.ts';
import { incomparableMessage } from '../model/measures.ts';

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
        const message = figure && first && incomparableMessage(first, figure);
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
