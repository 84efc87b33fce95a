import { CORE_SCHEMA, load } from 'js-yaml';
import { LineCounter, isNode, parseDocument, type Document } from 'yaml';

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
 * straight by `#` (`quote: "Alibaba led"#1 in cloud` keeps only "Alibaba led"). Such a text, and
 * any text with `"#` or `'#` in it, is read by `yaml` alone, which reports the error.
 */
const lenientInJsYaml = /["']#/;

/**
 * Reads a frontmatter's YAML. The data comes from js-yaml with the YAML 1.2 core schema (dates
 * stay strings), about nine times faster than the `yaml` package, which matters with a thousand
 * briefings to check. `yaml` keeps where every node is written, so it is run only when something
 * needs a line (an error or warning to place) or js-yaml finds a syntax error, whose message and
 * line it gives as the editor has always seen them.
 */
export function readFrontmatterYaml(text: string): FrontmatterYaml {
  let located: { doc: Document; counter: LineCounter } | undefined;
  const locate = () => {
    if (!located) {
      const counter = new LineCounter();
      located = { doc: parseDocument(text, { lineCounter: counter, prettyErrors: false }), counter };
    }
    return located;
  };
  const lineOf = (path: readonly PropertyKey[]) => {
    const { doc, counter } = locate();
    for (let depth = path.length; depth >= 0; depth--) {
      const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth) as (string | number)[], true);
      if (isNode(node) && node.range) return counter.linePos(node.range[0]).line;
    }
    return undefined;
  };
  if (!lenientInJsYaml.test(text)) {
    try {
      // An empty frontmatter is null, as `yaml` reads it.
      return { data: load(text, { schema: CORE_SCHEMA }) ?? null, lineOf };
    } catch {
      // A syntax error: `yaml` words it and finds its line, below.
    }
  }
  const { doc, counter } = locate();
  // Only the first syntax error: the parser's later errors are knock-on effects of it (one stray
  // tab yields dozens). `linePos` is only filled in with prettyErrors, so locate by offset.
  const [error] = doc.errors;
  if (!error) return { data: doc.toJS(), lineOf };
  return { error: { message: error.message.split('\n')[0]!, line: counter.linePos(error.pos[0]).line }, lineOf };
}
