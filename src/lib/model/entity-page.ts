import type { Entity } from '../../schemas/entity.ts';
import { companyUrl } from './briefing-urls.ts';
import { entityLineage } from './entity-lineage.ts';

/**
 * The company page that covers an entity: its own for a company or index, else that of the
 * company it belongs to (a segment or product, through its parents), or none.
 */
export function entityPage(entityId: string, entities: ReadonlyMap<string, Entity>): string | undefined {
  const company = entityLineage(entityId, entities).find((e) => e.kind === 'company' || e.kind === 'index');
  return company && companyUrl(company.id);
}
