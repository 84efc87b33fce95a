import type { BriefingView } from '../view/briefing-view.ts';

/**
 * The briefing a page is rendering, for components placed in MDX (which receive only an id).
 * Rendering outside a briefing page is a programming error, so it throws.
 */
export function currentBriefing(locals: App.Locals): BriefingView {
  if (!locals.briefing) throw new Error('Fig, Chart and Section can only be used inside a briefing page');
  return locals.briefing;
}

/** Looks up an id in one of the view's maps, failing loudly: validation should have caught it. */
export function lookup<T>(map: ReadonlyMap<string, T>, id: string, what: string): T {
  const item = map.get(id);
  if (!item) throw new Error(`Unknown ${what} id "${id}"`);
  return item;
}
