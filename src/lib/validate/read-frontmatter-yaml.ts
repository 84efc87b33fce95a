import { CORE_SCHEMA, load, type YAMLException } from 'js-yaml';
import { LineCounter, isNode, parseDocument, visit, type Document } from 'yaml';
import { contentError, type ContentIssue } from '../errors/content-issue.ts';

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
