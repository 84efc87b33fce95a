interface SplitSource {
  /** The YAML between the `---` fences, or undefined when the file has none. */
  frontmatter: string | undefined;
  /** 1-based line of the frontmatter's first line in the file. */
  frontmatterLine: number;
  body: string;
  /** 1-based line of the body's first line in the file. */
  bodyLine: number;
}

/** Separates an MDX file's YAML frontmatter from its body, keeping line numbers. */
export function splitFrontmatter(text: string): SplitSource {
  const match = /^---[ \t]*\r?\n([\s\S]*?\r?\n)?---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!match) return { frontmatter: undefined, frontmatterLine: 1, body: text, bodyLine: 1 };
  const bodyLine = match[0].split('\n').length + (match[0].endsWith('\n') ? 0 : 1);
  return { frontmatter: match[1] ?? '', frontmatterLine: 2, body: text.slice(match[0].length), bodyLine };
}
