import type { Briefing } from '../../schemas/briefing.ts';
import { contentError, type ContentIssue } from '../errors/content-issue.ts';
import { foundId } from '../errors/nearest-id.ts';
import { parseFigureText, shownLabels, shownTexts } from '../model/shown-text.ts';
import { bareNumberMessage } from './bare-number-message.ts';
import { findBareNumbers, nameProblem } from './find-bare-numbers.ts';

/**
 * Frontmatter text that a page shows (title, summary, captions, statements…) carries numbers only
 * as `<Fig id="…" />`, each naming a figure; a bare number there is an error, as in the prose, and
 * so is one in a label (a publisher, a series name). A `<Name>` or an entity's name is a short
 * name with no quantity in it, so neither can exempt a figure.
 */
export function checkShownText(briefing: Briefing): ContentIssue[] {
  const figureIds = new Set(briefing.figures.map((f) => f.id));
  const names = briefing.entities.map((e) => e.name);
  const prose = shownTexts(briefing).flatMap(({ text, path }) =>
    parseFigureText(text).flatMap((segment): ContentIssue[] => {
      switch (segment.kind) {
        case 'fig':
          return figureIds.has(segment.id)
            ? []
            : [contentError(path, `expected <Fig id> to name one of figures, ${foundId(segment.id, figureIds)}`)];
        case 'invalid':
          return [
            contentError(path, `expected <Fig id="..." /> or <Name>...</Name> in the text, found "${segment.text}"`),
          ];
        case 'text':
          return findBareNumbers(segment.text, names).map((found) =>
            contentError(path, bareNumberMessage('the text', found, briefing.figures)),
          );
        case 'name': {
          const problem = nameProblem(segment.text);
          return problem ? [contentError(path, `expected <Name> to mark ${problem}`)] : [];
        }
        default:
          return [];
      }
    }),
  );
  const labels = shownLabels(briefing).flatMap(({ text, path }) =>
    findBareNumbers(text, names).map((found) =>
      contentError(path, bareNumberMessage('the text', found, briefing.figures)),
    ),
  );
  const entityNames = briefing.entities.flatMap((entity, i) => {
    const problem = nameProblem(entity.name);
    return problem ? [contentError(['entities', i, 'name'], `expected ${problem}`)] : [];
  });
  return [...prose, ...labels, ...entityNames];
}
