import type { Entity } from '../../schemas/entity.ts';

/**
 * An entity and the entities it belongs to, nearest first: a product, its segment, their company.
 * Stops at an unknown id or a loop of parents, so a bad `parent` cannot hang a build.
 */
export function entityLineage(entityId: string, entities: ReadonlyMap<string, Entity>): Entity[] {
  const lineage: Entity[] = [];
  for (
    let entity = entities.get(entityId);
    entity && !lineage.includes(entity);
    entity = entities.get(entity.parent ?? '')
  )
    lineage.push(entity);
  return lineage;
}
