import type { ContentIssue } from '../errors/content-issue.ts';
import { checkAcrossBriefings } from '../validate/check-across-briefings.ts';
import type { BriefingFile } from './validate-briefing-file.ts';

/**
 * The errors found by comparing the briefing files that pass their own checks, by file: the one
 * place `npm run check`, the build and the dev server run the checks across briefings.
 */
export function issuesAcross(results: readonly BriefingFile[]): Map<string, ContentIssue[]> {
  const byFile = new Map<string, ContentIssue[]>();
  const valid = results.flatMap((r) => (r.briefing ? [{ file: r.file, briefing: r.briefing, lineOf: r.lineOf }] : []));
  for (const { file, issue } of checkAcrossBriefings(valid)) byFile.set(file, [...(byFile.get(file) ?? []), issue]);
  return byFile;
}
