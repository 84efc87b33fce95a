import type { Entity } from '../../schemas/entity.ts';
import type { Figure } from '../../schemas/figure.ts';
import { contentError, type ContentIssue } from '../errors/content-issue.ts';
import { incomparableMessage } from '../model/measures.ts';
import { seriesOrderProblems } from '../model/series-order.ts';

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
