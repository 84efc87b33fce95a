import type { Briefing } from '../../schemas/briefing.ts';
import { plural, pluralWord } from '../errors/plural.ts';

/** One line on what a valid briefing holds: "10 figures, 6 claims hold, 3 charts, 7 sections". */
export function summariseBriefing(briefing: Briefing): string {
  return [
    plural(briefing.figures.length, 'figure'),
    `${plural(briefing.claims.length, 'claim')} ${pluralWord(briefing.claims.length, 'holds', 'hold')}`,
    plural(briefing.charts.length, 'chart'),
    plural(briefing.sections.length, 'section'),
  ].join(', ');
}
