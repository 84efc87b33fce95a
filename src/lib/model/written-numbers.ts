import type { Scale } from '../../schemas/figure.ts';

/** A number as a text writes it: "US$13.7 billion", "-12%", "four", "4 cents", "a third". */
export interface WrittenNumber {
  /** The number as written, without its sign or scale: 13.7 for "$13.7 billion". */
  value: number;
  /** True when a minus sign is written before it. */
  minus: boolean;
  /** Decimal places as written: 2 for "$4.40". */
  decimals: number;
  scale?: Scale;
  /** True for an amount written in cents ("4 cents", "4¢"). */
  cents: boolean;
  /** True for a fraction written in words ("a third", "half"). */
  fraction: boolean;
  /** Where it starts in the text. */
  index: number;
  /** The text it was read from. */
  text: string;
}

/** Small whole numbers as sources spell them, from zero. */
export const numberWords = [
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

/** Words that stand for a number of their own. */
const wordValues = new Map<string, number>([
  ...numberWords.map((word, i): [string, number] => [word, i]),
  ['flat', 0],
  ['unchanged', 0],
]);

/** Fractions written in words, as a share of one. */
const fractionWords = new Map<string, number>([
  ['half', 1 / 2],
  ['a half', 1 / 2],
  ['one half', 1 / 2],
  ['a third', 1 / 3],
  ['one third', 1 / 3],
  ['one-third', 1 / 3],
  ['two thirds', 2 / 3],
  ['two-thirds', 2 / 3],
  ['a quarter', 1 / 4],
  ['one quarter', 1 / 4],
  ['three quarters', 3 / 4],
  ['three-quarters', 3 / 4],
  ['a fifth', 1 / 5],
  ['a tenth', 1 / 10],
]);

const scaleWords: Record<string, Scale> = {
  thousand: 'thousand',
  k: 'thousand',
  million: 'million',
  mn: 'million',
  mln: 'million',
  m: 'million',
  billion: 'billion',
  bn: 'billion',
  b: 'billion',
  trillion: 'trillion',
  tn: 'trillion',
  tr: 'trillion',
  t: 'trillion',
};

const currencyPrefix = String.raw`(?:[A-Z]{1,3}\$|\$|€|£|¥|₹|(?:RMB|CNY|USD|EUR|GBP|HKD|JPY|Rs\.?)\s?)`;
const minus = String.raw`[-−–]`;
const digits = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+`;
const words = [...wordValues.keys()].join('|');
// A scale written out ("13.7 billion") or as a suffix ("$1.095B", "€30.3bn"); a bare "m" or "b"
// only when attached to the digits.
const spacedScale = String.raw`(?:\s(thousand|million|billion|trillion)\b|\s(bn|mn|mln|tn)\b)`;
const attachedScale = String.raw`(?:(bn|mn|mln|tn|k|m|b|t)\b)`;
const cents = String.raw`(?:\s?(cents?|¢))`;
const numberPattern = new RegExp(
  String.raw`(?<![\w.,])(${minus})?${currencyPrefix}?(${minus})?(${digits}|${words})(?:${attachedScale}|(?![\w]|[.,]\d)${spacedScale}?)${cents}?`,
  'giu',
);
const fractionPattern = new RegExp(String.raw`\b(${[...fractionWords.keys()].join('|')})\b`, 'gi');

/** Every number a text writes, in order, with its sign, scale and decimals as written. */
export function writtenNumbers(text: string): WrittenNumber[] {
  const found: WrittenNumber[] = [];
  for (const match of text.matchAll(numberPattern)) {
    const [whole, before, after, number, attached, scaleWord, scaleSuffix, cent] = match;
    const word = wordValues.get(number!.toLowerCase());
    const plain = number!.replaceAll(',', '');
    found.push({
      value: word ?? Number(plain),
      minus: Boolean(before ?? after),
      decimals: word === undefined ? (plain.split('.')[1]?.length ?? 0) : 0,
      scale: scaleWords[(scaleWord ?? scaleSuffix ?? attached ?? '').toLowerCase()],
      cents: Boolean(cent),
      fraction: false,
      index: match.index,
      text: whole,
    });
  }
  for (const match of text.matchAll(fractionPattern)) {
    found.push({
      value: fractionWords.get(match[1]!.toLowerCase())!,
      minus: false,
      decimals: 0,
      cents: false,
      fraction: true,
      index: match.index,
      text: match[0],
    });
  }
  return found.sort((a, b) => a.index - b.index);
}

/** The fraction a word names, when `value` is close enough to one to be it ("a third" for 0.333). */
export function fractionWord(value: number): string | undefined {
  for (const [word, fraction] of fractionWords) if (Math.abs(value - fraction) < 0.0005) return word;
  return undefined;
}
