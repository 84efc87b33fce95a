import type { Briefing } from '../../schemas/briefing.ts';
import type { BriefingIndex } from '../model/briefing-index.ts';
import { figureChanges, type FigureChange } from '../model/format-figure.ts';
import { citeSource, viewSource } from './source-view.ts';

/** A revision as "What changed" lists it: each value with the source it came from. */
export interface ChangeView extends FigureChange {
  /** The earlier value's source, cited in one line. */
  fromCitation: string;
  /** The new value's source, cited in one line. */
  toCitation: string;
}

/** Every revision of every figure, newest first, each value naming its own source. */
export function buildChangeViews(briefing: Briefing, index: BriefingIndex): ChangeView[] {
  // A validated briefing's revisions all name sources it lists.
  const cite = (id: string) => citeSource(viewSource(index.sources.get(id)!));
  return briefing.figures
    .flatMap(figureChanges)
    .sort((a, b) => b.date.localeCompare(a.date))
    .map((change) => ({ ...change, fromCitation: cite(change.fromSource), toCitation: cite(change.toSource) }));
}
