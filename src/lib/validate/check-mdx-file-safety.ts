import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import type { ContentIssue } from '../errors/content-issue.ts';
import { checkBodySafety } from './check-body-source.ts';
import { checkFileText } from './check-file-text.ts';
import { yamlAnchorIssues } from './read-frontmatter-yaml.ts';
import { splitFrontmatter, type SplitSource } from './split-frontmatter.ts';

/**
 * The compiler's input: Astro's MDX plugin compiles what `parseFrontmatter` leaves of the file,
 * the frontmatter blanked to spaces so lines keep their numbers. Undefined when its YAML reader
 * fails, as the compiler's would: then nothing is compiled.
 */
function compiledText(text: string): string | undefined {
  try {
    return parseFrontmatter(text, { frontmatter: 'empty-with-spaces' }).content;
  } catch {
    return undefined;
  }
}

/**
 * What stops a file from being read at all, in the checks and the compiler alike: characters it
 * may not hold, a frontmatter the compiler would split otherwise, YAML anchors and aliases.
 */
export function fileRefusals(text: string, split: SplitSource): ContentIssue[] {
  const textIssues = checkFileText(text);
  if (textIssues.length > 0) return textIssues;
  if (split.issues.length > 0) return split.issues;
  return split.frontmatter === undefined ? [] : yamlAnchorIssues(split.frontmatter, split.frontmatterLine);
}

/**
 * The safe-subset check on a whole MDX file as the compiler receives it, with lines counted in the
 * file: what stops a file from running code at build time or shipping a script to the page. The
 * body checked is the very text the compiler compiles, and a file whose frontmatter the compiler
 * would split differently from the checks is refused before anything else.
 */
export function checkMdxFileSafety(text: string): ContentIssue[] {
  const split = splitFrontmatter(text);
  const refusals = fileRefusals(text, split);
  if (refusals.length > 0) return refusals;
  const compiled = compiledText(text);
  if (compiled !== undefined) return checkBodySafety(compiled);
  return checkBodySafety(split.body).map((issue) => ({
    ...issue,
    line: issue.line === undefined ? undefined : issue.line + split.bodyLine - 1,
  }));
}
