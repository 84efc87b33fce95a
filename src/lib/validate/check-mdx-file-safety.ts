import type { ContentIssue } from '../errors/content-issue.ts';
import { checkBodySafety } from './check-body-source.ts';
import { splitFrontmatter } from './split-frontmatter.ts';

/**
 * The safe-subset check on a whole MDX file as the compiler receives it, with lines counted in the
 * file: what stops a body from running code at build time or shipping a script to the page.
 */
export function checkMdxFileSafety(text: string): ContentIssue[] {
  const { body, bodyLine } = splitFrontmatter(text);
  return checkBodySafety(body).map((issue) => ({
    ...issue,
    line: issue.line === undefined ? undefined : issue.line + bodyLine - 1,
  }));
}
