import type { ContentIssue } from './content-issue.ts';
import { formatContentIssues } from './format-content-issue.ts';

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
