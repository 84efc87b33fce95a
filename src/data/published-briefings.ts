import { getCollection } from 'astro:content';
import type { PublishedBriefing } from '../lib/view/briefing-list.ts';

/** Every briefing with the slug it is published under. */
export async function publishedBriefings(): Promise<PublishedBriefing[]> {
  return (await getCollection('briefings')).map((entry) => ({ slug: entry.id, briefing: entry.data }));
}
