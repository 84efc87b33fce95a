import type { Briefing } from '../../schemas/briefing.ts';
import { type ContentIssue, contentError, formatPath } from '../errors/content-issue.ts';
import type { Entity } from '../../schemas/entity.ts';
import { incomparability } from '../model/measures.ts';
import { compareIntervals, type Interval, statedInterval } from '../model/intervals.ts';
import { figureAppearances, type FigureAppearance } from '../model/figure-appearances.ts';
import { formatValue } from '../model/format-figure.ts';

/** A briefing that passed its own checks, with what the checks across briefings need to name it. */
export interface BriefingInSet {
  /** Its path from the project root, as errors name it. */
  file: string;
  briefing: Briefing;
  /** The line a frontmatter path is written on. */
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
}

/** An issue found by comparing briefings, with the file it belongs to. */
export interface SetIssue {
  file: string;
  issue: ContentIssue;
}

/** Briefings oldest first (by publication date, then file), so the later of two is the one at fault. */
export function inPublicationOrder(set: readonly BriefingInSet[]): BriefingInSet[] {
  return [...set].sort(
    (a, b) => a.briefing.published.localeCompare(b.briefing.published) || a.file.localeCompare(b.file),
  );
}

/** "content/briefings/x.mdx:31 entities[0].name", how one error points at another file. */
export function whereIn(item: BriefingInSet, path: readonly PropertyKey[]): string {
  const line = item.lineOf(path);
  return `${line ? `${item.file}:${line}` : item.file} ${formatPath(path)}`;
}

interface Listed {
  item: BriefingInSet;
  index: number;
  entity: Entity;
}

/**
 * An entity is one thing across briefings: one id, one kind, one fiscal-year end, and one name,
 * any other name a briefing gives it being listed among its `aliases` (in any briefing). Two ids
 * may not share a name. Each problem is reported in the later briefing, naming the earlier one.
 */
export function checkEntitiesAcross(set: readonly BriefingInSet[]): SetIssue[] {
  const listed: Listed[] = inPublicationOrder(set).flatMap((item) =>
    item.briefing.entities.map((entity, index) => ({ item, index, entity })),
  );
  const aliases = new Set(listed.flatMap(({ entity }) => entity.aliases ?? []));
  const issues: SetIssue[] = [];
  const report = (later: Listed, field: string, message: string) =>
    issues.push({ file: later.item.file, issue: contentError(['entities', later.index, field], message) });

  for (const [id, group] of Map.groupBy(listed, (l) => l.entity.id)) {
    const first = group[0]!;
    const named = group.find((l) => !aliases.has(l.entity.name));
    for (const later of group.slice(1)) {
      if (later.item === first.item) continue;
      const at = (l: Listed, field: string) => whereIn(l.item, ['entities', l.index, field]);
      if (
        named &&
        later.item !== named.item &&
        !aliases.has(later.entity.name) &&
        later.entity.name !== named.entity.name
      )
        report(
          later,
          'name',
          `expected "${named.entity.name}" as ${at(named, 'name')} names entity "${id}" (or a name listed in its aliases), found "${later.entity.name}"`,
        );
      if (later.entity.kind !== first.entity.kind)
        report(
          later,
          'kind',
          `expected "${first.entity.kind}" as ${at(first, 'kind')} gives entity "${id}", found "${later.entity.kind}"`,
        );
      const yearEnd = group.find((l) => l.entity.fiscalYearEnd);
      if (yearEnd && later.entity.fiscalYearEnd && later.entity.fiscalYearEnd !== yearEnd.entity.fiscalYearEnd)
        report(
          later,
          'fiscalYearEnd',
          `expected "${yearEnd.entity.fiscalYearEnd}" as ${at(yearEnd, 'fiscalYearEnd')} gives entity "${id}", found "${later.entity.fiscalYearEnd}"`,
        );
    }
  }

  const byName = new Map<string, Listed>();
  for (const l of listed) {
    for (const name of [l.entity.name, ...(l.entity.aliases ?? [])]) {
      const key = name.toLocaleLowerCase('en');
      const earlier = byName.get(key);
      if (!earlier) byName.set(key, l);
      else if (earlier.entity.id !== l.entity.id && earlier.item !== l.item) {
        report(
          l,
          'id',
          `expected "${earlier.entity.id}" as ${whereIn(earlier.item, ['entities', earlier.index, 'id'])} gives the entity named "${name}", found "${l.entity.id}"`,
        );
        break;
      }
    }
  }
  return issues;
}

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

/**
 * The checks that need every briefing at once: entities are one thing everywhere, and a number
 * stated twice has one value. Issues carry their lines, ready to print beside each file's own.
 */
export function checkAcrossBriefings(set: readonly BriefingInSet[]): SetIssue[] {
  const issues = [...checkEntitiesAcross(set), ...checkFiguresAcross(set)];
  const byFile = new Map(set.map((item) => [item.file, item]));
  return issues.map(({ file, issue }) => ({ file, issue: { ...issue, line: byFile.get(file)?.lineOf(issue.path) } }));
}
