import type { Entity, EntityKind } from '../../schemas/entity.ts';
import type { MonthName } from '../../schemas/period.ts';
import { companyUrl } from './page-addresses.ts';

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

/**
 * The month an entity's fiscal year ends in: its own, else its parent's (a segment reports on its
 * company's fiscal year), else undefined when none is declared.
 */
export function fiscalYearEndOf(entityId: string, entities: ReadonlyMap<string, Entity>): MonthName | undefined {
  return entityLineage(entityId, entities).find((entity) => entity.fiscalYearEnd)?.fiscalYearEnd;
}

/**
 * The company page that covers an entity: its own for a company or index, else that of the
 * company it belongs to (a segment or product, through its parents), or none.
 */
export function entityPage(entityId: string, entities: ReadonlyMap<string, Entity>): string | undefined {
  const company = entityLineage(entityId, entities).find((e) => e.kind === 'company' || e.kind === 'index');
  return company && companyUrl(company.id);
}

const kindHeadings: Record<EntityKind, string> = {
  company: 'Company',
  index: 'Index',
  segment: 'Business',
  product: 'Product',
};

/**
 * What a column of entity names is headed, by the kinds it holds: "Company" for companies alone,
 * "Company or index" for both, "Name" for any other mixture; a table of one kind is headed by it.
 */
export function entityKindHeading(kinds: readonly EntityKind[]): string {
  const distinct = [...new Set(kinds)];
  if (distinct.length === 1) return kindHeadings[distinct[0]!];
  if (distinct.length === 2 && distinct.includes('company') && distinct.includes('index')) return 'Company or index';
  return 'Name';
}

/** How a page refers to an entity of a kind in running text: "the company", "the index". */
export function entityKindNoun(kind: EntityKind): string {
  return `the ${kindHeadings[kind].toLowerCase()}`;
}
