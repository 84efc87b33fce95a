import type { ContentIssue } from '../errors/content-issue.ts';
import { formatContentIssue } from '../errors/format-content-issue.ts';
import { plural } from '../errors/plural.ts';
import { summariseBriefing } from './summarise-briefing.ts';
import { validateBriefingFile } from './validate-briefing-file.ts';

interface CheckReport {
  files: number;
  errors: number;
  warnings: number;
  /** What to print, line by line: a summary per briefing, its errors, then all warnings. */
  lines: string[];
}

/** Validates every briefing file and reports all errors in all of them, not only the first. */
export async function checkBriefingFiles(files: readonly string[], root: string): Promise<CheckReport> {
  const lines: string[] = [];
  const warnings: string[] = [];
  let errors = 0;
  for (const path of files) {
    const result = await validateBriefingFile(path, root);
    const format = (issue: ContentIssue) => formatContentIssue(result.file, issue);
    warnings.push(...result.warnings.map(format));
    if (result.briefing) {
      lines.push(`✓ ${result.file}: ${summariseBriefing(result.briefing)}`);
    } else {
      errors += result.errors.length;
      lines.push(`✗ ${result.file}: ${plural(result.errors.length, 'error')}`);
      lines.push(...result.errors.map((issue) => `  ${format(issue)}`));
    }
  }
  if (warnings.length > 0) lines.push('Warnings:', ...warnings.map((w) => `  ${w}`));
  return { files: files.length, errors, warnings: warnings.length, lines };
}
