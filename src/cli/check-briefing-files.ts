import type { Briefing } from '../schemas/briefing.ts';
import { plural, pluralWord } from '../lib/errors/wording.ts';
import { type ContentIssue, formatContentIssue } from '../lib/errors/content-issue.ts';
import { issuesAcross, fileFromRoot, validateBriefingFile } from '../lib/collection/briefing-files.ts';
import type { ValidateOptions } from '../lib/validate/validate-briefing-source.ts';

/** One line on what a valid briefing holds: "10 figures, 6 claims hold, 3 charts, 7 sections". */
export function summariseBriefing(briefing: Briefing): string {
  return [
    plural(briefing.figures.length, 'figure'),
    `${plural(briefing.claims.length, 'claim')} ${pluralWord(briefing.claims.length, 'holds', 'hold')}`,
    plural(briefing.charts.length, 'chart'),
    plural(briefing.sections.length, 'section'),
  ].join(', ');
}

interface CheckReport {
  files: number;
  errors: number;
  warnings: number;
  /** What to print, line by line: a summary per briefing, its errors, then all warnings. */
  lines: string[];
}

/**
 * Validates every briefing file, then the files against each other, and reports all errors in all
 * of them, not only the first. `dir` is the briefings folder the files were found in. With `only`,
 * the report covers those files alone, still checked against all the others.
 */
export async function checkBriefingFiles(
  files: readonly string[],
  root: string,
  options: ValidateOptions = {},
  dir?: string,
  only?: readonly string[],
): Promise<CheckReport> {
  const all = [];
  for (const path of files) all.push(await validateBriefingFile(path, root, undefined, options));
  const across = issuesAcross(all, dir === undefined ? undefined : fileFromRoot(root, dir));
  const reported = only?.map((path) => fileFromRoot(root, path));
  const results = reported ? all.filter((r) => reported.includes(r.file)) : all;
  const lines: string[] = [];
  const warnings: string[] = [];
  let errors = 0;
  for (const result of results) {
    const format = (issue: ContentIssue) => formatContentIssue(result.file, issue);
    warnings.push(...result.warnings.map(format));
    const fileErrors = [...result.errors, ...(across.get(result.file) ?? [])];
    if (fileErrors.length === 0) {
      lines.push(`✓ ${result.file}: ${summariseBriefing(result.briefing!)}`);
    } else {
      errors += fileErrors.length;
      lines.push(`✗ ${result.file}: ${plural(fileErrors.length, 'error')}`);
      lines.push(...fileErrors.map((issue) => `  ${format(issue)}`));
    }
  }
  if (warnings.length > 0) lines.push('Warnings:', ...warnings.map((w) => `  ${w}`));
  return { files: results.length, errors, warnings: warnings.length, lines };
}
