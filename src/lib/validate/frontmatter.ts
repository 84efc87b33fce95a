import { extractFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { CORE_SCHEMA, load, type YAMLException } from 'js-yaml';
import { LineCounter, isNode, parseDocument, visit, type Document } from 'yaml';
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

/** A frontmatter's YAML, read: its data or its first syntax error, and where each path is written. */
export interface FrontmatterYaml {
  /** The parsed data; absent when the YAML has a syntax error. */
  data?: unknown;
  /** The first syntax error, with its line within the frontmatter (1-based). */
  error?: { message: string; line: number };
  /** The line within the frontmatter (1-based) of the deepest node along `path` that exists. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

/**
 * Text js-yaml reads where YAML does not allow it, losing what follows: a quoted value followed
 * straight by `#` (`quote: "Alibaba led"#1 in cloud` keeps only "Alibaba led"). In such a text
 * `yaml` looks for the error js-yaml passes over.
 */
const lenientInJsYaml = /["']#/;

/** Where an anchor (`&name`) or alias (`*name`) may start a node; `S&P` or `R & D` cannot. */
const mayHoldAnchor = /(?:^|[\s[{,])[&*][^\s,[\]{}]/m;

function located(text: string): { doc: Document; counter: LineCounter } {
  const counter = new LineCounter();
  return { doc: parseDocument(text, { lineCounter: counter, prettyErrors: false }), counter };
}

/**
 * Refuses YAML anchors and aliases: an alias repeats a value out of sight of the line a reader
 * edits, and a few nested ones turn a small file into a page of megabytes. Lines are in the file.
 */
export function yamlAnchorIssues(text: string, firstLine = 1): ContentIssue[] {
  if (!mayHoldAnchor.test(text)) return [];
  const { doc, counter } = located(text);
  // One issue a line: a line of aliases is one thing to rewrite.
  const byLine = new Map<number, ContentIssue>();
  const refuse = (what: string, offset: number) => {
    const line = counter.linePos(offset).line + firstLine - 1;
    const message = `expected each value written out where it belongs, found the YAML ${what}: anchors and aliases are not allowed in a briefing`;
    if (!byLine.has(line)) byLine.set(line, contentError([], message, line));
  };
  visit(doc, {
    Alias: (_, node) => refuse(`alias *${node.source}`, node.range?.[0] ?? 0),
    Node: (_, node) => {
      if (node.anchor) refuse(`anchor &${node.anchor}`, node.range?.[0] ?? 0);
    },
  });
  return [...byLine.values()].sort((a, b) => a.line! - b.line!);
}

/**
 * Reads a frontmatter's YAML. The data comes from js-yaml alone, with the YAML 1.2 core schema
 * (dates stay strings), about nine times faster than the `yaml` package, which matters with a
 * thousand briefings to check: one parser, so one file always gives the same data. `yaml` keeps
 * where every node is written, so it runs only to place an error or warning on its line, to word
 * a syntax error as the editor has always seen it, and to find the errors js-yaml passes over; it
 * may refuse a file, never supply its data.
 */
export function readFrontmatterYaml(text: string): FrontmatterYaml {
  let cached: { doc: Document; counter: LineCounter } | undefined;
  const locate = () => (cached ??= located(text));
  const lineOf = (path: readonly PropertyKey[]) => {
    const { doc, counter } = locate();
    for (let depth = path.length; depth >= 0; depth--) {
      const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth) as (string | number)[], true);
      if (isNode(node) && node.range) return counter.linePos(node.range[0]).line;
    }
    return undefined;
  };
  let data: unknown;
  let failure: YAMLException | undefined;
  try {
    // An empty frontmatter is null, as `yaml` reads it.
    data = load(text, { schema: CORE_SCHEMA }) ?? null;
  } catch (error) {
    failure = error as YAMLException;
  }
  if (!failure && !lenientInJsYaml.test(text)) return { data, lineOf };
  const { doc, counter } = locate();
  // Only the first syntax error: the parser's later errors are knock-on effects of it (one stray
  // tab yields dozens). `linePos` is only filled in with prettyErrors, so locate by offset.
  const [error] = doc.errors;
  if (error)
    return { error: { message: error.message.split('\n')[0]!, line: counter.linePos(error.pos[0]).line }, lineOf };
  if (failure) return { error: { message: failure.reason, line: (failure.mark?.line ?? 0) + 1 }, lineOf };
  return { data, lineOf };
}
