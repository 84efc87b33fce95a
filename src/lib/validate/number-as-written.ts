const words = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
];

/** The ways a source may write a number: "4.2", "1,200", "four". */
export function numberSpellings(value: number): string[] {
  const plain = String(value);
  const spellings = new Set([plain, new Intl.NumberFormat('en-US', { maximumFractionDigits: 10 }).format(value)]);
  if (Number.isInteger(value) && value >= 0 && value < words.length) spellings.add(words[value]!);
  return [...spellings];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** True when `text` contains `value` as a whole number (so 25 is not found inside 125 or 2.55). */
export function containsNumber(text: string, value: number): boolean {
  return numberSpellings(value).some((spelling) => {
    const pattern = /^[a-z]/.test(spelling)
      ? new RegExp(`\\b${spelling}\\b`, 'i')
      : new RegExp(`(?<![\\d.,])${escapeRegExp(spelling)}(?![\\d]|[.,]\\d)`);
    return pattern.test(text);
  });
}
