import type { Figure } from '../../schemas/figure.ts';
import { revisionValue } from '../model/format-figure.ts';
import type { WrittenNumber } from '../model/written-numbers.ts';
import { writesValue } from './number-as-written.ts';

/**
 * Why a bare number is refused, and what to write instead: when it is a figure's value as written
 * (or an earlier value of one), the `<Fig>` that shows that figure, so a later edit of the figure
 * cannot leave a stale copy behind.
 */
export function bareNumberMessage(where: string, found: WrittenNumber, figures: readonly Figure[]): string {
  const start = `expected every number in ${where} to come from a figure, found the bare number "${found.text}"`;
  const current = figures.find((figure) => writesValue(found.text, figure));
  if (current) return `${start}, the value of figure "${current.id}" (write <Fig id="${current.id}" />)`;
  const earlier = figures.find((figure) =>
    figure.history.some((revision) => writesValue(found.text, revisionValue(figure, revision))),
  );
  if (earlier)
    return `${start}, an earlier value of figure "${earlier.id}" (write <Fig id="${earlier.id}" /> to show its current value)`;
  return `${start} (add it as a figure and write <Fig id="..." />, or mark a name with <Name>...</Name>)`;
}
