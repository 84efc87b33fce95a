import type { CollectionEntry } from 'astro:content';
import { buildBriefingView, type BriefingView } from '../lib/view/briefing-view.ts';
import { latestValidBriefing } from '../lib/collection/content-status.ts';

const views = new Map<string, BriefingView>();

/**
 * The view of a briefing entry, built once per version of the entry: a briefing's page, share
 * pages, images and downloads all render from the same view instead of each rebuilding it.
 */
export function briefingViewFor(entry: CollectionEntry<'briefings'>): BriefingView {
  if (import.meta.env.DEV) {
    // The dev server rebuilds the view on every request, from the file's latest valid content.
    const latest = latestValidBriefing(entry.filePath);
    return buildBriefingView(entry.id, latest?.briefing ?? entry.data, latest?.body ?? entry.body);
  }
  const key = `${entry.id}\0${entry.digest ?? JSON.stringify(entry.data)}`;
  let view = views.get(key);
  if (!view) {
    view = buildBriefingView(entry.id, entry.data, entry.body);
    views.set(key, view);
  }
  return view;
}
