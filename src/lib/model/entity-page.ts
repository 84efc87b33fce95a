import type { Entity } from '../../schemas/entity.ts';
import { companyUrl } from './briefing-urls.ts';

/**
 * The company page that covers an entity: its own for a company or index, else that of the
 * company it belongs to (a segment or product, through its parents), or none.
 */
export function entityPage(entityId: string, entities: ReadonlyMap<string, Entity>): string | undefined {
  const seen = new Set<string>();
  for (
    let entity = entities.get(entityId);
    entity && !seen.has(entity.id);
    entity = entities.get(entity.parent ?? '')
  ) {
    if (entity.kind === 'company' || entity.kind === 'index') return companyUrl(entity.id);
    seen.add(entity.id);
  }
  return undefined;
}
