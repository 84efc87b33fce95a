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
  const lines = text.split('\n');
  const firstFenced = lines.findIndex((line) => /^(---|\+\+\+)/.test(line));
  if (firstFenced > 0 && lines.slice(0, firstFenced).every((line) => line.trim() === ''))
    return refused(
      text,
      `expected --- on line 1, found ${firstFenced === 1 ? 'a blank line' : `${firstFenced} blank lines`} before the frontmatter`,
      1,
    );
  if (lines[0]!.startsWith('+++'))
    return refused(text, 'expected YAML frontmatter between --- lines, found TOML frontmatter between +++ lines', 1);
  if (!lines[0]!.startsWith('---')) return refused(text, noFrontmatter, 1);
  if (!fence.test(lines[0]!))
    return refused(text, `expected the frontmatter to open with a line of exactly ---, found ${show(lines[0]!)}`, 1);
  const close = lines.findIndex((line, i) => i > 0 && /^(---|\+\+\+)/.test(line));
  if (close === -1) return refused(text, `${noFrontmatter.replace(', found none', '')}, found no closing --- line`, 1);
  if (!fence.test(lines[close]!))
    return refused(
      text,
      `expected the frontmatter to end at a line of exactly ---, found ${show(lines[close]!)}: any line starting with --- or +++ ends it`,
      close + 1,
    );
  const frontmatter = lines
    .slice(1, close)
    .map((line) => `${line}\n`)
    .join('');
  const body = lines.slice(close + 1).join('\n');
  // The compiler's own split, to the character: what it takes as frontmatter must be ours.
  if (extractFrontmatter(text) !== `${lines[0]!.slice(3)}\n${frontmatter}`)
    return refused(
      text,
      'expected a frontmatter the page compiler reads as the checks do, found one it splits elsewhere',
      1,
    );
  return { frontmatter, frontmatterLine: 2, body, bodyLine: close + 2, issues: [] };
}
