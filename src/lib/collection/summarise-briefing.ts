import type { Briefing } from '../../schemas/briefing.ts';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** One line on what a valid briefing holds: "10 figures, 6 claims hold, 3 charts, 7 sections". */
export function summariseBriefing(briefing: Briefing): string {
  return [
    plural(briefing.figures.length, 'figure'),
    `${plural(briefing.claims.length, 'claim')} ${briefing.claims.length === 1 ? 'holds' : 'hold'}`,
    plural(briefing.charts.length, 'chart'),
    plural(briefing.sections.length, 'section'),
  ].join(', ');
}
