import { plural } from './wording.ts';

/** A problem found in a briefing, located precisely enough for an editor to fix it. */
export interface ContentIssue {
  severity: 'error' | 'warning';
  /** Where in the frontmatter, e.g. `['figures', 3, 'value']`; empty for the MDX body. */
  path: readonly PropertyKey[];
  /** What was expected and what was found, as one sentence starting in lower case. */
  message: string;
  /** 1-based line in the file, when it can be known. */
  line?: number;
}

export function contentError(path: readonly PropertyKey[], message: string, line?: number): ContentIssue {
  return { severity: 'error', path, message, line };
}

export function contentWarning(path: readonly PropertyKey[], message: string, line?: number): ContentIssue {
  return { severity: 'warning', path, message, line };
}

/** Writes a field path the way an editor reads it: `['figures', 3, 'value']` → `figures[3].value`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    const name = String(key);
    return out ? `${out}.${name}` : name;
  }, '');
}

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

/** Thrown when a briefing has errors; its message lists every one, one per line. */
export class BriefingContentError extends Error {
  readonly file: string;
  readonly issues: readonly ContentIssue[];

  constructor(file: string, issues: readonly ContentIssue[]) {
    super(formatContentIssues(file, issues));
    this.name = 'BriefingContentError';
    this.file = file;
    this.issues = issues;
  }
}

/** Thrown when one or more briefings have errors: every file's errors, in one message. */
export class BriefingsContentError extends Error {
  readonly errors: readonly BriefingContentError[];

  constructor(errors: readonly BriefingContentError[]) {
    super(errors.map((error) => error.message).join('\n'));
    this.name = 'BriefingsContentError';
    this.errors = errors;
  }
}
