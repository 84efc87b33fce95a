import type { Briefing } from '../../schemas/briefing.ts';
import { indexBriefing } from './briefing-index.ts';
import { figurePeriod } from './figure-period.ts';

/**
 * How recent a briefing is: its newest dated source, or, when no source carries a date, the end
 * of the latest period its figures cover (an undated report on last quarter's results is no newer
 * than that quarter). Undefined when neither is known.
 */
export function briefingDate(briefing: Briefing): string | undefined {
  const sources = briefing.sources.flatMap((s) => (typeof s.date === 'string' ? [s.date] : []));
  if (sources.length > 0) return sources.sort().at(-1);
  const { entities } = indexBriefing(briefing);
  const ends = briefing.figures.flatMap((f) => figurePeriod(f, entities).range?.end ?? []);
  return ends.sort().at(-1);
}

/** The date of a briefing's oldest source; an undated one counts as older than any date. */
function oldestSource(briefing: Briefing): string {
  return briefing.sources.map((s) => (typeof s.date === 'string' ? s.date : '')).sort()[0] ?? '';
}

/**
 * Briefings newest first by `briefingDate`; on the same date, the one whose oldest source is newer
 * first (a briefing revised with the same results is older than one written from them), then by title.
 */
export function newestFirst<T>(items: readonly T[], briefingOf: (item: T) => Briefing): T[] {
  const dated = items.map((item) => {
    const briefing = briefingOf(item);
    return { item, date: briefingDate(briefing) ?? '', oldest: oldestSource(briefing), title: briefing.title };
  });
  return dated
    .sort((a, b) => b.date.localeCompare(a.date) || b.oldest.localeCompare(a.oldest) || a.title.localeCompare(b.title))
    .map((d) => d.item);
}
