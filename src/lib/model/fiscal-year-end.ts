import type { Entity } from '../../schemas/entity.ts';
import type { MonthName } from '../../schemas/period.ts';

/**
 * The month an entity's fiscal year ends in: its own, else its parent's (a segment reports on its
 * company's fiscal year), else undefined when none is declared.
 */
export function fiscalYearEndOf(entityId: string, entities: ReadonlyMap<string, Entity>): MonthName | undefined {
  const seen = new Set<string>();
  for (
    let entity = entities.get(entityId);
    entity && !seen.has(entity.id);
    entity = entities.get(entity.parent ?? '')
  ) {
    seen.add(entity.id);
    if (entity.fiscalYearEnd) return entity.fiscalYearEnd;
  }
  return undefined;
}
