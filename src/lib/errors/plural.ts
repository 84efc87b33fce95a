/**
 * The form of a word that agrees with a count: `one` for exactly one, `many` otherwise
 * ("claim"/"claims", "holds"/"hold"). It sits with the error text, the lowest layer that counts.
 */
export function pluralWord(count: number, one: string, many = `${one}s`): string {
  return count === 1 ? one : many;
}

/** A count with its word: "1 error", "3 errors", "0 briefings". */
export function plural(count: number, one: string, many?: string): string {
  return `${count} ${pluralWord(count, one, many)}`;
}
