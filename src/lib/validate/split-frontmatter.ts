import { extractFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { contentError, type ContentIssue } from '../errors/content-issue.ts';

export interface SplitSource {
  /** The YAML between the `---` fences, or undefined when the file has none or is refused. */
  frontmatter: string | undefined;
  /** 1-based line of the frontmatter's first line in the file. */
  frontmatterLine: number;
  body: string;
  /** 1-based line of the body's first line in the file. */
  bodyLine: number;
  /** Why the file's frontmatter cannot be read as the page compiler reads it; empty when it can. */
  issues: ContentIssue[];
}

const noFrontmatter = 'expected YAML frontmatter between --- lines at the top of the file, found none';
const fence = /^---[ \t]*\r?$/;
const show = (line: string) => JSON.stringify(line.replace(/\r$/, '').slice(0, 60));

function refused(text: string, message: string, line: number): SplitSource {
  return {
    frontmatter: undefined,
    frontmatterLine: 1,
    body: text,
    bodyLine: 1,
    issues: [contentError([], message, line)],
  };
}

/**
 * Separates an MDX file's YAML frontmatter from its body, keeping line numbers, by the rule the
 * page compiler follows (Astro's `parseFrontmatter`): the frontmatter opens at the file's first
 * `---` and ends at the first later line that starts with `---` or `+++`. That rule also reads
 * forms the checks would read differently (a byte-order mark or blank lines before the fence, TOML
 * between `+++` fences, a closing line such as `--- # data`), so those are refused by name, and a
 * file the compiler still splits elsewhere is refused: the checks see exactly what is compiled.
 */
export function splitFrontmatter(text: string): SplitSource {
  if (text.startsWith('\uFEFF'))
    return refused(
      text,
      'expected the file to start with ---, found a byte-order mark (U+FEFF) before it: save the file as UTF-8 without BOM',
      1,
    );
  // Only the head of the file is read line by line: the body can be long.
  const leading = /^\s*\n(?=---|\+\+\+)/.exec(text);
  if (leading) {
    const blank = leading[0].split('\n').length - 1;
    return refused(
      text,
      `expected --- on line 1, found ${blank === 1 ? 'a blank line' : `${blank} blank lines`} before the frontmatter`,
      1,
    );
  }
  const firstEnd = text.includes('\n') ? text.indexOf('\n') : text.length;
  const firstLine = text.slice(0, firstEnd);
  if (firstLine.startsWith('+++'))
    return refused(text, 'expected YAML frontmatter between --- lines, found TOML frontmatter between +++ lines', 1);
  if (!firstLine.startsWith('---')) return refused(text, noFrontmatter, 1);
  if (!fence.test(firstLine))
    return refused(text, `expected the frontmatter to open with a line of exactly ---, found ${show(firstLine)}`, 1);
  const closing = /\n(?:---|\+\+\+)/g;
  closing.lastIndex = firstEnd;
  const found = closing.exec(text);
  if (!found) return refused(text, `${noFrontmatter.replace(', found none', '')}, found no closing --- line`, 1);
  const closeStart = found.index + 1;
  const closeEnd = text.includes('\n', closeStart) ? text.indexOf('\n', closeStart) : text.length;
  const closeLine = text.slice(0, closeStart).split('\n').length;
  if (!fence.test(text.slice(closeStart, closeEnd)))
    return refused(
      text,
      `expected the frontmatter to end at a line of exactly ---, found ${show(text.slice(closeStart, closeEnd))}: any line starting with --- or +++ ends it`,
      closeLine,
    );
  const frontmatter = text.slice(firstEnd + 1, closeStart);
  const body = text.slice(closeEnd + 1);
  // The compiler's own split, to the character: what it takes as frontmatter must be ours.
  if (extractFrontmatter(text) !== `${firstLine.slice(3)}\n${frontmatter}`)
    return refused(
      text,
      'expected a frontmatter the page compiler reads as the checks do, found one it splits elsewhere',
      1,
    );
  return { frontmatter, frontmatterLine: 2, body, bodyLine: closeLine + 1, issues: [] };
}
