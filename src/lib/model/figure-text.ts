/** A piece of frontmatter text that the page shows: plain words, a figure reference or a name. */
export type TextSegment =
  | { kind: 'text'; text: string }
  | { kind: 'fig'; id: string; text: string }
  | { kind: 'name'; text: string }
  | { kind: 'invalid'; text: string };

// The same tags as in the body: `<Fig id="x" />` shows a figure, `<Name>Qwen 2.5</Name>` marks a name.
const tagPattern = /<Fig\s+id="([^"]*)"\s*\/>|<Name>([^<]*)<\/Name>|<\/?[A-Za-z][^>]*>?/g;

/** Splits frontmatter text into plain words and its `<Fig id="…" />` and `<Name>…</Name>` tags. */
export function parseFigureText(text: string): TextSegment[] {
  const segments: TextSegment[] = [];
  let last = 0;
  for (const match of text.matchAll(tagPattern)) {
    if (match.index > last) segments.push({ kind: 'text', text: text.slice(last, match.index) });
    const [whole, id, name] = match;
    if (id !== undefined) segments.push({ kind: 'fig', id, text: whole });
    else if (name !== undefined) segments.push({ kind: 'name', text: name });
    else segments.push({ kind: 'invalid', text: whole });
    last = match.index + whole.length;
  }
  if (last < text.length) segments.push({ kind: 'text', text: text.slice(last) });
  return segments;
}

/** The text as a reader sees it: each figure reference replaced by the figure as it reads inline. */
export function renderFigureText(text: string, inline: (id: string) => string | undefined): string {
  if (!text.includes('<')) return text;
  return parseFigureText(text)
    .map((segment) => (segment.kind === 'fig' ? (inline(segment.id) ?? segment.text) : segment.text))
    .join('');
}
