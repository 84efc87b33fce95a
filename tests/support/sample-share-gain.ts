import type { Briefing } from '../../src/schemas/briefing.ts';
import type { Figure } from '../../src/schemas/figure.ts';

/**
 * A share-gain figure for Sample Inc, one of the entities the minimal fixture's leads claim says
 * Example Corp beat: the Widget Index's figure given to Sample Inc at `value`, with `change` on top.
 */
export function sampleShareGain(briefing: Briefing, value: number, change: Partial<Figure> = {}): Figure {
  return {
    ...briefing.figures.find((f) => f.id === 'index-share-gain')!,
    id: 'sample-share-gain',
    label: 'Sample Inc share gain',
    entity: 'sample-inc',
    value,
    quote: `Sample Inc shares rose ${value}%`,
    ...change,
  };
}
