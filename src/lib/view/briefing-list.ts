import type { Briefing } from '../../schemas/briefing.ts';
import { entityKindNoun } from '../model/entities.ts';
import { newestSourceDate } from './source-view.ts';
import { briefingUrls, companyFeedPath, companyUrl } from '../model/page-addresses.ts';

const sentences = new Intl.Segmenter('en', { granularity: 'sentence' });

/**
 * The first sentence of a paragraph, for one-line summaries. Unicode sentence breaks (not a split
 * on full stops) keep "JD.com" and "Example Inc. rose" whole.
 */
export function firstSentence(text: string): string {
  const first = sentences.segment(text.trim())[Symbol.iterator]().next();
  return first.done ? '' : first.value.segment.trim();
}

/** A briefing and the slug it is published under. */
export interface PublishedBriefing {
  slug: string;
  briefing: Briefing;
}

/** What a list of briefings (the home page, a feed, the company index) shows of one briefing. */
export interface BriefingListItem {
  slug: string;
  title: string;
  url: string;
  /** The subject company's name and entity id. */
  company: string;
  entity: string;
  published: string;
  updated?: string;
  /** The date of its newest dated source: what its information is current to. */
  asOf?: string;
  /** The summary's first sentence. */
  summaryLine: string;
}

/**
 * Briefings newest first by publication date; on the same day, the one whose sources are newest
 * first (it reports the later events), then by title, as lists show them.
 */
export function briefingList(briefings: readonly PublishedBriefing[]): BriefingListItem[] {
  return briefings
    .map(({ slug, briefing }) => ({
      asOf: newestSourceDate(briefing.sources),
      slug,
      title: briefing.title,
      url: briefingUrls(slug).page,
      company: briefing.subject.company,
      entity: briefing.subject.entity,
      published: briefing.published,
      updated: briefing.updated,
      summaryLine: firstSentence(briefing.summary),
    }))
    .sort(
      (a, b) =>
        b.published.localeCompare(a.published) ||
        (b.asOf ?? '').localeCompare(a.asOf ?? '') ||
        a.title.localeCompare(b.title),
    );
}

/** One company on the company index: the briefings about it and those that cite it. */
export interface CompanyIndexEntry {
  /** The entity id, the same in every briefing that names the company. */
  entity: string;
  name: string;
  /** Anchor id of the company on the index page. */
  anchor: string;
  /** The company's own page. */
  url: string;
  /** A market index is listed as one; any other entity is listed as a company. */
  kind: 'company' | 'index';
  /**
   * Newest first; `about` marks the briefings whose subject the company is, and `role` says so in
   * the words of its kind: "about the company", "cites the index".
   */
  briefings: (BriefingListItem & { about: boolean; role: string })[];
  /** The feed of the briefings about the company, when there are any. */
  feed?: string;
}

/** What a briefing is to a company or index, in the words of its kind: "about the company", "cites the index". */
export function briefingRole(about: boolean, kind: 'company' | 'index'): string {
  return `${about ? 'about' : 'cites'} ${entityKindNoun(kind)}`;
}

/** The kind a company list names an entity by: a market index as one, anything else as a company. */
export const listedKind = (kind: string): 'company' | 'index' => (kind === 'index' ? 'index' : 'company');

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
      const kind = listedKind(entity.kind);
      const company = companies.get(entity.id) ?? {
        entity: entity.id,
        name: entity.name,
        kind,
        anchor: companyAnchor(entity.id),
        url: companyUrl(entity.id),
        briefings: [],
      };
      const about = entity.id === briefing.subject.entity;
      company.briefings.push({ ...item, about, role: briefingRole(about, kind) });
      if (about) company.feed = companyFeedPath(entity.id);
      companies.set(entity.id, company);
    }
  }
  return [...companies.values()].sort((a, b) => a.name.localeCompare(b.name));
}
