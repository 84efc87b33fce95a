/** Edit distance between two strings (insertions, deletions, substitutions). */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** The known id closest to `wanted`, when it is close enough to be a likely typo. */
export function nearestId(wanted: string, known: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const id of known) {
    const d = editDistance(wanted, id);
    if (d < bestDistance) [best, bestDistance] = [id, d];
  }
  const limit = Math.max(2, Math.floor(wanted.length / 3));
  return bestDistance <= limit ? best : undefined;
}

/** "found x" plus a suggestion when one is close: `found "baidu-clod", did you mean "baidu-cloud"?` */
export function foundId(wanted: string, known: Iterable<string>): string {
  const near = nearestId(wanted, known);
  return near ? `found "${wanted}" (did you mean "${near}"?)` : `found "${wanted}"`;
}
