import { getCollection } from 'astro:content';
import type { BriefingView } from '../lib/view/briefing-view.ts';
import { briefingViewFor } from './briefing-view-for.ts';

/** The view of every briefing, for pages and feeds that list several. */
export async function briefingViews(): Promise<BriefingView[]> {
  return (await getCollection('briefings')).map(briefingViewFor);
}
