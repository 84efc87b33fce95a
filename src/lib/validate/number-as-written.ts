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

/** A number written in digits, with the currency sign before it and the `%` after it, as written. */
export interface WrittenNumeral {
  /** The number as written, e.g. "$4.2", "9.7%", "1,200". */
  text: string;
  /** Its value: 4.2, 9.7, 1200. */
  value: number;
  /** Where `text` starts. */
  index: number;
}

// Digits that stand alone: not inside a word or code ("V3", "Q4", "3rd", "COVID-19"), nor part of a
// longer number. A currency sign before them and a per cent sign after them belong to the number.
const numeralPattern =
  /(?<![\p{L}\p{N}_.,]|\p{L}-)((?:US\$|HK\$|[$€£¥])?)(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\p{L}\p{N}_]|[.,]\d)(%?)/gu;

/** Every number written in digits in `text`, in order. */
export function findNumerals(text: string): WrittenNumeral[] {
  return [...text.matchAll(numeralPattern)].map((match) => ({
    text: match[0],
    value: Number(match[2]!.replaceAll(',', '')),
    index: match.index,
  }));
}
