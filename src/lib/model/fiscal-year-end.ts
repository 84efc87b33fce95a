import type { Entity } from '../../schemas/entity.ts';
import type { MonthName } from '../../schemas/period.ts';
import { entityLineage } from './entity-lineage.ts';

/**
 * The month an entity's fiscal year ends in: its own, else its parent's (a segment reports on its
 * company's fiscal year), else undefined when none is declared.
 */
export function fiscalYearEndOf(entityId: string, entities: ReadonlyMap<string, Entity>): MonthName | undefined {
  return entityLineage(entityId, entities).find((entity) => entity.fiscalYearEnd)?.fiscalYearEnd;
}
