import type { BriefingInSet, SetIssue } from './briefing-set.ts';
import { checkEntitiesAcross } from './check-entities-across.ts';
import { checkFiguresAcross } from './check-figures-across.ts';

/**
 * The checks that need every briefing at once: entities are one thing everywhere, and a number
 * stated twice has one value. Issues carry their lines, ready to print beside each file's own.
 */
export function checkAcrossBriefings(set: readonly BriefingInSet[]): SetIssue[] {
  const issues = [...checkEntitiesAcross(set), ...checkFiguresAcross(set)];
  const byFile = new Map(set.map((item) => [item.file, item]));
  return issues.map(({ file, issue }) => ({ file, issue: { ...issue, line: byFile.get(file)?.lineOf(issue.path) } }));
}
