import type { Figure, FigureRevision } from '../../schemas/figure.ts';
import type { FigureValue } from './figure-value.ts';
import { formatInline } from './format-figure.ts';

/** One revision of a figure: what it read before, what it reads after, when and where each came from. */
export interface FigureChange {
  figureId: string;
  label: string;
  /** The date the new value took effect. */
  date: string;
  from: string;
  to: string;
  /** The source id of the earlier value. */
  fromSource: string;
  /** The source id of the new value. */
  toSource: string;
}

/** An earlier value as a figure of its own: the figure's unit and scale, the revision's number, basis and quote. */
export function revisionValue(figure: Figure, revision: FigureRevision): FigureValue & Pick<Figure, 'basis'> {
  return {
    ...figure,
    value: revision.value,
    to: revision.to,
    precision: revision.precision ?? figure.precision,
    basis: revision.basis,
    quote: revision.quote,
  };
}

/** A figure's revisions, oldest first, each from one recorded value to the next. */
export function figureChanges(figure: Figure): FigureChange[] {
  const values = [
    ...figure.history.map((revision) => ({
      value: revisionValue(figure, revision),
      date: revision.date ?? '',
      source: revision.source ?? figure.source,
    })),
    { value: figure, date: figure.asOf ?? '', source: figure.source },
  ];
  return values.slice(1).map((next, i) => {
    const previous = values[i]!;
    return {
      figureId: figure.id,
      label: figure.label,
      date: next.date,
      from: formatInline(previous.value),
      to: formatInline(next.value),
      fromSource: previous.source,
      toSource: next.source,
    };
  });
}

/** "was projected at 4.2%": the figure's previous value, for figures that have been revised. */
export function previousValueNote(figure: Figure): string | undefined {
  const last = figure.history.at(-1);
  if (!last) return undefined;
  const value = formatInline({ ...revisionValue(figure, last), basis: 'reported' });
  return last.basis === figure.basis ? `was ${value}` : `was ${last.basis} at ${value}`;
}
