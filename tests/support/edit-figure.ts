/**
 * Changes one figure's `value:` line in a briefing's frontmatter, and the number in its `quote:`
 * so the quote check still passes. `value` may be any YAML text, valid or not.
 */
export function editFigure(text: string, figureId: string, value: string, options: { quote?: boolean } = {}): string {
  const lines = text.split('\n');
  const start = lines.findIndex((line) => line.trim() === `- id: ${figureId}`);
  if (start < 0) throw new Error(`no figure ${figureId}`);
  let end = lines.findIndex((line, i) => i > start && /^\s*- id: /.test(line));
  if (end < 0) end = lines.findIndex((line, i) => i > start && /^\S/.test(line));
  let old: string | undefined;
  for (let i = start; i < end; i++) {
    const match = /^(\s*value: )(.*)$/.exec(lines[i]!);
    if (match) {
      old = match[2]!;
      lines[i] = `${match[1]}${value}`;
    }
  }
  if (old === undefined) throw new Error(`figure ${figureId} has no value line`);
  if (options.quote !== false) {
    for (let i = start; i < end; i++) {
      if (/^\s*quote: /.test(lines[i]!)) lines[i] = lines[i]!.replace(old, value);
    }
  }
  return lines.join('\n');
}
