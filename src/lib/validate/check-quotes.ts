import type { Briefing } from '../../schemas/briefing.ts';
import { contentError, type ContentIssue } from '../errors/content-issue.ts';
import { revisionValue } from '../model/format-figure.ts';
import { quoteProblem } from './number-as-written.ts';

/**
 * Each figure's quote contains its value as the source wrote it (number, sign and scale), and so
 * does each quoted earlier value in its history, so every number traces to the text.
 */
export function checkQuotes(briefing: Briefing): ContentIssue[] {
  return briefing.figures.flatMap((figure, i) => {
    // A derived figure's quote, when it has one, is checked against the computed value (apply-derived-figures.ts).
    const problems =
      figure.quote === undefined || figure.derived
        ? []
        : [{ path: ['figures', i, 'quote'], problem: quoteProblem({ ...figure, quote: figure.quote }) }];
    figure.history.forEach((revision, j) => {
      if (revision.quote)
        problems.push({
          path: ['figures', i, 'history', j, 'quote'],
          problem: quoteProblem({ ...revisionValue(figure, revision), quote: revision.quote }),
        });
    });
    return problems.flatMap(({ path, problem }) => (problem ? [contentError(path, problem)] : []));
  });
}
