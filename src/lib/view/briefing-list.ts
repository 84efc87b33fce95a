import type { Briefing } from '../../schemas/briefing.ts';
import { briefingUrls } from '../model/page-addresses.ts';
import { firstSentence } from './first-sentence.ts';

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
  /** The summary's first sentence. */
  summaryLine: string;
}

/** The date of a briefing's newest dated source, or '' when none is dated. */
function newestSourceDate(briefing: Briefing): string {
  return briefing.sources.reduce((newest, s) => (typeof s.date === 'string' && s.date > newest ? s.date : newest), '');
}

/**
 * Briefings newest first by publication date; on the same day, the one whose sources are newest
 * first (it reports the later events), then by title, as lists show them.
 */
export function briefingList(briefings: readonly PublishedBriefing[]): BriefingListItem[] {
  return briefings
    .map(({ slug, briefing }) => ({
      sourcesTo: newestSourceDate(briefing),
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
        b.sourcesTo.localeCompare(a.sourcesTo) ||
        a.title.localeCompare(b.title),
    )
    .map(({ sourcesTo: _, ...item }) => item);
}
