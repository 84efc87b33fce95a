import type { Briefing } from '../schemas/briefing.ts';
import { plural, pluralWord } from '../lib/errors/wording.ts';
import { type ContentIssue, formatContentIssue } from '../lib/errors/content-issue.ts';
import { checkBriefingSet, type BriefingSetOptions } from '../lib/collection/briefing-files.ts';

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
  /** True when a file fails: an error, or under `strict` a warning. */
  failed: boolean;
  /** What to print, line by line: a summary per briefing, its errors, then all warnings. */
  lines: string[];
}

/**
 * Checks every briefing file, on its own and against the others (`checkBriefingSet`, as the build
 * does), and reports all errors in all of them, not only the first. With `only`, the report covers
 * those files alone, still checked against all the others.
 */
export async function checkBriefingFiles(
  files: readonly string[],
  options: BriefingSetOptions,
  only?: readonly string[],
): Promise<CheckReport> {
  const checked = await checkBriefingSet(files, options);
  const results = only ? only.map((path) => checked.get(path)!) : [...checked.values()];
  const lines: string[] = [];
  const warnings: string[] = [];
  const inWords: string[] = [];
  let errors = 0;
  for (const result of results) {
    const format = (issue: ContentIssue) => formatContentIssue(result.file, issue);
    warnings.push(...result.warnings.map(format));
    if (result.briefing)
      inWords.push(...(result.numbersInWords ?? []).map(({ line, text }) => `  ${result.file}:${line} "${text}"`));
    if (result.allErrors.length === 0) {
      lines.push(`✓ ${result.file}: ${summariseBriefing(result.briefing!)}`);
    } else {
      errors += result.allErrors.length;
      lines.push(`✗ ${result.file}: ${plural(result.allErrors.length, 'error')}`);
      lines.push(...result.allErrors.map((issue) => `  ${format(issue)}`));
    }
  }
  if (warnings.length > 0) lines.push('Warnings:', ...warnings.map((w) => `  ${w}`));
  if (inWords.length > 0)
    lines.push('Numbers written in words, which no figure checks (compare them with the source):', ...inWords);
  const failed = results.length === 0 || results.some((r) => r.failures.length > 0);
  return { files: results.length, errors, warnings: warnings.length, failed, lines };
}
