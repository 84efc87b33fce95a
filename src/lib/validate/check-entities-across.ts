import type { Entity } from '../../schemas/entity.ts';
import { contentError } from '../errors/content-issue.ts';
import { inPublicationOrder, whereIn, type BriefingInSet, type SetIssue } from './briefing-set.ts';

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
