import { contentError } from '../errors/content-issue.ts';
import { incomparability } from '../model/measures.ts';
import { compareIntervals, type Interval, statedInterval } from '../model/intervals.ts';
import { figureAppearances, type FigureAppearance } from '../model/figure-appearances.ts';
import { formatValue } from '../model/format-figure.ts';
import { inPublicationOrder, whereIn, type BriefingInSet, type SetIssue } from './briefing-set.ts';

interface Stated extends FigureAppearance {
  item: BriefingInSet;
  /** The values the statement allows, worked out once: a number may be stated in every briefing. */
  interval: Interval;
}

const shown = (a: Stated) => formatValue(a.value);

/** Two statements agree when they share a unit and the values each allows, rounding honoured, overlap. */
function agree(a: Stated, b: Stated): boolean {
  if (incomparability(a.value, b.value)) return false;
  return compareIntervals(a.interval, 'equal', b.interval) !== 'fails';
}

/** True when the history of the figure `reviser` states records `earlier`'s value: that figure revised it. */
function revises(reviser: Stated, earlier: Stated, group: readonly Stated[]): boolean {
  return group.some(
    (other) =>
      other.item === reviser.item &&
      other.figureIndex === reviser.figureIndex &&
      other.historyIndex !== undefined &&
      agree(other, earlier),
  );
}

/**
 * One number, one value: the same figure (entity, metric, period and basis) stated in two briefings,
 * as a current value or in a figure's history, must agree within its stated precision, unless the
 * later figure records the earlier value in its history, as a revision. Periods given only in
 * words cannot be matched across briefings and are left alone. Each disagreement is reported once,
 * in the later briefing, naming the earlier one.
 */
export function checkFiguresAcross(set: readonly BriefingInSet[]): SetIssue[] {
  const stated: Stated[] = inPublicationOrder(set).flatMap((item) =>
    figureAppearances(item.briefing).map((a) => ({ ...a, item, interval: statedInterval(a.value) })),
  );
  const issues: SetIssue[] = [];
  for (const [, group] of Map.groupBy(
    stated.filter((a) => a.key !== undefined),
    (a) => a.key!,
  )) {
    group.forEach((later, i) => {
      const earlier = group
        .slice(0, i)
        .find(
          (a) => a.item !== later.item && !agree(a, later) && !revises(later, a, group) && !revises(a, later, group),
        );
      if (!earlier) return;
      issues.push({
        file: later.item.file,
        issue: contentError(
          later.path,
          `expected ${shown(earlier)} as ${whereIn(earlier.item, earlier.path)} gives ${earlier.figure.label} (${earlier.basis}) for ${earlier.period.words}, found ${shown(later)}; if the value was revised, record the earlier one in this figure's history`,
        ),
      });
    });
  }
  return issues;
}
