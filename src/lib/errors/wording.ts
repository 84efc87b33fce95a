/**
 * The form of a word that agrees with a count: `one` for exactly one, `many` otherwise
 * ("claim"/"claims", "holds"/"hold"). It sits with the error text, the lowest layer that counts.
 */
export function pluralWord(count: number, one: string, many = `${one}s`): string {
  return count === 1 ? one : many;
}

/** Text with a capital first letter, for a heading, a table cell or the start of a sentence. */
export const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** A count with its word: "1 error", "3 errors", "0 briefings". */
export function plural(count: number, one: string, many?: string): string {
  return `${count} ${pluralWord(count, one, many)}`;
}

/** Names a value in an error message: `the text "4,2"`, `the number 3`, `nothing`. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing (the field is missing)';
  if (value === null) return 'null';
  if (typeof value === 'string')
    return `the text ${JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value)}`;
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return `${value}`;
  if (Array.isArray(value)) return `a list of ${plural(value.length, 'item')}`;
  if (value instanceof Date) return `the date ${value.toISOString().slice(0, 10)}`;
  if (typeof value === 'object') return 'an object';
  return typeof value;
}

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

const reasons: Record<string, string> = {
  ENOENT: 'no such file or folder',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EISDIR: 'it is a folder, not a file',
  ENOTDIR: 'it is not a folder',
  ELOOP: 'too many symbolic links',
};

/** Why a file or folder could not be read, in words, from the error the file system gave. */
export function describeReadFailure(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && code in reasons) return reasons[code]!;
  return error instanceof Error ? error.message : String(error);
}
