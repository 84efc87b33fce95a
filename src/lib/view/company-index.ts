import { companyFeedPath, companyUrl } from '../model/page-addresses.ts';
import { briefingList, type BriefingListItem, type PublishedBriefing } from './briefing-list.ts';

/** One company on the company index: the briefings about it and those that cite it. */
export interface CompanyIndexEntry {
  /** The entity id, the same in every briefing that names the company. */
  entity: string;
  name: string;
  /** Anchor id of the company on the index page. */
  anchor: string;
  /** The company's own page. */
  url: string;
  /** Newest first; `about` marks the briefings whose subject the company is. */
  briefings: (BriefingListItem & { about: boolean })[];
  /** The feed of the briefings about the company, when there are any. */
  feed?: string;
}

/** Anchor id of a company on the company index, namespaced so no entity id clashes with the page's own ids. */
export function companyAnchor(entity: string): string {
  return `company-${entity}`;
}

/**
 * Every company (or index) that a briefing is about or cites (its entities of kind `company` or `index`), by name, each
 * with its briefings newest first. A company's name is taken from its newest briefing.
 */
export function companyIndex(briefings: readonly PublishedBriefing[]): CompanyIndexEntry[] {
  const bySlug = new Map(briefings.map((b) => [b.slug, b.briefing]));
  const companies = new Map<string, CompanyIndexEntry>();
  for (const item of briefingList(briefings)) {
    const briefing = bySlug.get(item.slug)!;
    for (const entity of briefing.entities) {
      if (entity.kind !== 'company' && entity.kind !== 'index' && entity.id !== briefing.subject.entity) continue;
      const company = companies.get(entity.id) ?? {
        entity: entity.id,
        name: entity.name,
        anchor: companyAnchor(entity.id),
        url: companyUrl(entity.id),
        briefings: [],
      };
      const about = entity.id === briefing.subject.entity;
      company.briefings.push({ ...item, about });
      if (about) company.feed = companyFeedPath(entity.id);
      companies.set(entity.id, company);
    }
  }
  return [...companies.values()].sort((a, b) => a.name.localeCompare(b.name));
}
