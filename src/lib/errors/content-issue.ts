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
