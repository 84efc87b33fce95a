import { chartFigureIds, type BriefingIndex } from '../model/briefing-index.ts';
import type { Briefing } from '../../schemas/briefing.ts';
import { contentError, contentWarning, type ContentIssue } from '../errors/content-issue.ts';
import type { BodyReference } from './find-body-references.ts';
import { listOf } from './check-body-references.ts';

/**
 * Each section and chart appears in the body exactly once, sections in frontmatter order. Figures
 * that appear nowhere are warnings. (Unknown ids are `checkBodyReferences`' part.)
 */
export function checkBody(
  briefing: Briefing,
  index: BriefingIndex,
  references: readonly BodyReference[],
): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const component of ['Section', 'Chart'] as const) {
    const list = listOf[component];
    const placed = references.filter((r) => r.component === component);
    briefing[list].forEach((item, i) => {
      const uses = placed.filter((r) => r.id === item.id);
      if (uses.length === 0)
        issues.push(contentError([list, i, 'id'], `expected <${component} id="${item.id}"> in the body, found none`));
      for (const extra of uses.slice(1))
        issues.push(contentError([], `expected <${component} id="${item.id}"> once, found it again`, extra.line));
    });
  }
  // Order is judged on each known section's first use; a repeat is already reported above.
  const firstUses = references.filter(
    (r, i) =>
      r.component === 'Section' &&
      index.sections.has(r.id) &&
      references.findIndex((o) => o.component === 'Section' && o.id === r.id) === i,
  );
  const sectionOrder = firstUses.map((r) => r.id);
  const expectedOrder = briefing.sections.map((s) => s.id).filter((id) => sectionOrder.includes(id));
  const firstOutOfPlace = sectionOrder.findIndex((id, i) => id !== expectedOrder[i]);
  if (firstOutOfPlace >= 0) {
    const ref = firstUses[firstOutOfPlace]!;
    issues.push(
      contentError(
        [],
        `expected sections in the order of the frontmatter's sections list (${expectedOrder.join(', ')}), found <Section id="${ref.id}"> at position ${firstOutOfPlace + 1}`,
        ref.line,
      ),
    );
  }
  const shown = new Set([
    ...references.filter((r) => r.component === 'Fig').map((r) => r.id),
    ...briefing.keyFigures,
    ...briefing.charts.flatMap(chartFigureIds),
  ]);
  briefing.figures.forEach((figure, i) => {
    if (!shown.has(figure.id))
      issues.push(
        contentWarning(
          ['figures', i, 'id'],
          `figure "${figure.id}" is defined but never shown (not in the prose, key figures or a chart)`,
        ),
      );
  });
  return issues;
}
