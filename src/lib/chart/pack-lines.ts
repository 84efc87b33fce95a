/**
 * Packs words into lines greedily: each word joins the line before it while the joined line still
 * fits, and starts a new line when it does not. What "fits" means (characters, pixels) is the caller's.
 */
export function packLines(words: readonly string[], fits: (line: string) => boolean): string[] {
  const lines: string[] = [];
  for (const word of words) {
    const last = lines.at(-1);
    if (last !== undefined && fits(`${last} ${word}`)) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}
