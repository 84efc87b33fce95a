import type { ContentIssue } from '../errors/content-issue.ts';
import { checkAcrossBriefings } from '../validate/across-briefings.ts';
import { fileNameIssues } from './check-file-names.ts';
import type { BriefingFile } from './validate-briefing-file.ts';

/**
 * The errors found by comparing the briefing files that pass their own checks, by file, after the
 * errors in the files' names (every file's, passing or not): the one place `npm run check`, the
 * build and the dev server run the checks across briefings. `folder` is the briefings folder from
 * the project root; a file below it in a subfolder is an error.
 */
export function issuesAcross(results: readonly BriefingFile[], folder?: string): Map<string, ContentIssue[]> {
  const byFile = fileNameIssues(
    results.map((r) => r.file),
    folder,
  );
  const valid = results.flatMap((r) => (r.briefing ? [{ file: r.file, briefing: r.briefing, lineOf: r.lineOf }] : []));
  for (const { file, issue } of checkAcrossBriefings(valid)) byFile.set(file, [...(byFile.get(file) ?? []), issue]);
  return byFile;
}
