import type { Figure } from '../../schemas/figure.ts';
import { formatInline } from './format-figure.ts';

/** One revision of a figure: what it read before, what it reads after, and when it changed. */
export interface FigureChange {
  figureId: string;
  label: string;
  /** The date the new value took effect. */
  date: string;
  from: string;
  to: string;
}

/** A figure's revisions, oldest first, each from one recorded value to the next. */
export function figureChanges(figure: Figure): FigureChange[] {
  const values = [...figure.history, { ...figure, date: figure.asOf ?? '' }];
  return values.slice(1).map((next, i) => {
    const previous = values[i]!;
    return {
      figureId: figure.id,
      label: figure.label,
      date: next.date,
      from: formatInline({ ...figure, ...previous, basis: previous.basis }),
      to: formatInline({ ...figure, value: next.value, basis: next.basis }),
    };
  });
}

/** "was projected at 4.2%": the figure's previous value, for figures that have been revised. */
export function previousValueNote(figure: Figure): string | undefined {
  const last = figure.history.at(-1);
  if (!last) return undefined;
  const value = formatInline({ ...figure, value: last.value, basis: 'reported' });
  return last.basis === figure.basis ? `was ${value}` : `was ${last.basis} at ${value}`;
}
