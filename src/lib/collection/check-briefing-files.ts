import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { ContentIssue } from '../errors/content-issue.ts';
import { formatContentIssue } from '../errors/format-content-issue.ts';
import { plural } from '../errors/plural.ts';
import { summariseBriefing } from './summarise-briefing.ts';
import { validateBriefingSource } from '../validate/validate-briefing-source.ts';

interface CheckReport {
  files: number;
  errors: number;
  warnings: number;
  /** What to print, line by line: a summary per briefing, its errors, then all warnings. */
  lines: string[];
}

/** Every `.mdx` file below `dir`, sorted so reports are stable. */
export async function findBriefingFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.mdx'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** Validates every briefing file and reports all errors in all of them, not only the first. */
export async function checkBriefingFiles(files: readonly string[], root: string): Promise<CheckReport> {
  const lines: string[] = [];
  const warnings: string[] = [];
  let errors = 0;
  for (const path of files) {
    const file = relative(root, path);
    const result = validateBriefingSource(await readFile(path, 'utf8'));
    const format = (issue: ContentIssue) => formatContentIssue(file, issue);
    warnings.push(...result.warnings.map(format));
    if (result.briefing) {
      lines.push(`✓ ${file}: ${summariseBriefing(result.briefing)}`);
    } else {
      errors += result.errors.length;
      lines.push(`✗ ${file}: ${plural(result.errors.length, 'error')}`);
      lines.push(...result.errors.map((issue) => `  ${format(issue)}`));
    }
  }
  if (warnings.length > 0) lines.push('Warnings:', ...warnings.map((w) => `  ${w}`));
  return { files: files.length, errors, warnings: warnings.length, lines };
}
