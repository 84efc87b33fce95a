import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { contentError, type ContentIssue } from '../errors/content-issue.ts';
import { checkBodySafety } from './check-body.ts';
import { yamlAnchorIssues, splitFrontmatter, type SplitSource } from './frontmatter.ts';

/**
 * Characters a briefing may not hold anywhere, frontmatter or body, each with what it is and why:
 * control characters (a NUL stops the YAML reader and reaches the page from the body), invisible
 * format characters (zero-width spaces and joiners, direction overrides, a byte-order mark inside
 * the text) that make two names or slugs look the same while differing, and U+FFFD, which is what
 * bytes that are not UTF-8 turn into when the file is read.
 */
// Control characters (\p{Cc}) other than tab, line feed and carriage return.
const refused = /[^\t\n\r\P{Cc}]|[\p{Cf}\uFFFD]/u;
const refusedAll = new RegExp(refused.source, 'gu');

/** The code point of a character as `U+200B`. */
export function codePoint(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The names editors meet most often; any other is named by its code point alone. */
const knownNames: Record<string, string> = {
  '\0': 'NUL',
  '\u00AD': 'soft hyphen',
  '\u200B': 'zero-width space',
  '\u200C': 'zero-width non-joiner',
  '\u200D': 'zero-width joiner',
  '\u200E': 'left-to-right mark',
  '\u200F': 'right-to-left mark',
  '\u202E': 'right-to-left override',
  '\u2060': 'word joiner',
  '\uFEFF': 'byte-order mark',
};

function describe(char: string): string {
  if (char === '\uFFFD')
    return 'expected UTF-8 text, found bytes that are not UTF-8 (read as U+FFFD): save the file as UTF-8';
  const name = knownNames[char];
  const what = `${codePoint(char)}${name ? ` (${name})` : ''}`;
  return /\p{Cf}/u.test(char)
    ? `expected visible characters only, found the invisible character ${what}: it makes text look the same as other text that differs`
    : `expected text without control characters, found ${what}`;
}

/** 1-based line of a position in a text. */
export function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/**
 * What a file may not hold whatever its shape: each kind of refused character once per line, with
 * its line. A byte-order mark at the very start is left to the frontmatter split, which words it.
 */
export function checkFileText(text: string): ContentIssue[] {
  if (!refused.test(text.startsWith('\uFEFF') ? text.slice(1) : text)) return [];
  const issues: ContentIssue[] = [];
  const seen = new Set<string>();
  for (const match of text.matchAll(refusedAll)) {
    if (match.index === 0 && match[0] === '\uFEFF') continue;
    const line = lineAt(text, match.index);
    const key = `${line}:${match[0]}`;
    if (seen.has(key)) continue;
    seen.add(key);
    issues.push(contentError([], describe(match[0]), line));
  }
  return issues;
}

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
