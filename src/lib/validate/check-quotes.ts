import type { Briefing } from '../../schemas/briefing.ts';
import { contentError, type ContentIssue } from '../errors/content-issue.ts';
import { numberSpellings, containsNumber } from './number-as-written.ts';

/** Each figure's quote contains its value as the source wrote it, so the number traces to the text. */
export function checkQuotes(briefing: Briefing): ContentIssue[] {
  return briefing.figures.flatMap((figure, i) =>
    // A derived figure's quote, when it has one, is checked against the computed value (apply-derived-figures.ts).
    figure.quote === undefined || figure.derived || containsNumber(figure.quote, figure.value)
      ? []
      : [
          contentError(
            ['figures', i, 'quote'],
            `expected the quote to contain the value ${numberSpellings(figure.value)
              .map((s) => `"${s}"`)
              .join(' or ')}, found "${figure.quote}"`,
          ),
        ],
  );
}
