import type { ContentIssue } from './content-issue.ts';
import { formatPath } from './format-path.ts';
import { plural } from './plural.ts';

/** One issue as one line: `content/briefings/x.mdx:42 figures[3].value: expected a number, found ...`. */
export function formatContentIssue(file: string, issue: ContentIssue): string {
  const where = issue.line ? `${file}:${issue.line}` : file;
  const path = formatPath(issue.path);
  return path ? `${where} ${path}: ${issue.message}` : `${where} ${issue.message}`;
}

/** Every error in a file, then a count, as printed by `npm run check`, the build and the dev server. */
export function formatContentIssues(file: string, issues: readonly ContentIssue[]): string {
  const errors = issues.filter((i) => i.severity === 'error');
  const lines = errors.map((issue) => formatContentIssue(file, issue));
  return `${lines.join('\n')}\n${plural(errors.length, 'error')} in ${file}`;
}
