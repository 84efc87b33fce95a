import { writtenNumbers, type WrittenNumber } from '../model/written-numbers.ts';
import type { Figure } from '../../schemas/figure.ts';
import { monthNames } from '../../schemas/period.ts';
import { revisionValue } from '../model/format-figure.ts';
import { writesValue } from './quotes.ts';

/** A month as reports write it, in full or cut short: "September", "Sept", "Sep.", from the period schema's names. */
export const monthPattern = `(?:${monthNames
  .map((m) => (m === 'September' ? 'Sep(?:tember|t)?' : `${m.slice(0, 3)}(?:${m.slice(3)})?`))
  .join('|')})\\.?`;

// A day of the month, not followed by what makes a number a quantity ("By June 42% of analysts").
const day = '(?:3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?';
const notQuantity = '(?![\\d.%]|\\s?(?:percent|per cent|pc)\\b)';
// A year, or a period named by one: "2018", "Q3 2018", "H1 2025", "FY2019", "fiscal 2023",
// "2023-24". A year is when, not how much; one written as a quantity ("2019 units" aside) has a unit.
const year = `(?:Q[1-4]\\s*|H[12]\\s*|FY\\s?|fiscal\\s+(?:year\\s+)?)?(?:19|20)\\d{2}(?:[-–/](?:\\d{2}|(?:19|20)\\d{2}))?`;
// A time of day: "1:45 p.m.", "09:30".
const time = '\\d{1,2}:\\d{2}(?:\\s?[ap]\\.?m\\.?)?';
// Dates are when, not how much: "31 December 2024", "December 31, 2024", "March 2025", "2025-02-20".
const datePattern = new RegExp(
  `\\b(?:${day}(?:\\s*(?:and|to|-|–)\\s*${day})?\\s+${monthPattern}(?:\\s+\\d{4})?|${monthPattern}\\s+${day}(?:,\\s*\\d{4})?${notQuantity}|${monthPattern}\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}|(?<![$€£¥₹.,\\d])${year}(?![\\d%]|\\.\\d|\\s?(?:percent|per cent|pc)\\b)(?!\\s?(?:bn|mn|billion|million|thousand|crore|lakh)\\b)|${time})\\b`,
  'g',
);

let indexNamePatterns: RegExp[] | undefined;

/** Names of market indices that hold digits, which a report names as it names a company. */
const indexNames = [
  'S&P 500',
  'FTSE 100',
  'FTSE 250',
  'Nikkei 225',
  'CSI 300',
  'Russell 2000',
  'Stoxx 600',
  'Euro Stoxx 50',
  'CAC 40',
  'DAX 40',
  'Nifty 50',
  'ASX 200',
  'KOSPI 200',
  'Dow Jones 30',
];

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The ways a name may appear in prose: as written, and without a leading owner ("Alibaba's Qwen
 * 2.5 Max" also reads "Qwen 2.5 Max"); line breaks and runs of spaces match any white space.
 */
function namePatterns(names: readonly string[], trusted = false): RegExp[] {
  const forms = new Set<string>();
  for (const name of names) {
    // A name that holds a quantity exempts nothing (it is refused where it is written).
    if (!/\d/.test(name) || (!trusted && nameProblem(name))) continue;
    forms.add(name);
    const owned = /^\S+['’]s\s+(.+)$/.exec(name);
    if (owned) forms.add(owned[1]!);
  }
  return [...forms].map(
    (form) =>
      new RegExp(
        `(?<![\\p{L}\\p{N}])${form
          .split(/\s+/)
          .map((word) => escape(word).replace(/['’]/g, "['’]"))
          .join('\\s+')}(?![\\p{L}\\p{N}])`,
        'gu',
      ),
  );
}

/** `text` with every match of `patterns` blanked out, keeping every other character where it was. */
function blank(text: string, patterns: readonly RegExp[]): string {
  return patterns.reduce((out, pattern) => out.replace(pattern, (m) => ' '.repeat(m.length)), text);
}

/** The value of a decimal digit of any script: its place in its run of ten ("٤" is 4). */
function digitValue(char: string): number {
  const code = char.codePointAt(0)!;
  let start = code;
  while (/\p{Nd}/u.test(String.fromCodePoint(start - 1))) start--;
  return (code - start) % 10;
}

/**
 * Text with every other way of writing a digit read as the digit: full-width, superscript, circled
 * and mathematical digits and vulgar fractions (by NFKC), digits of other scripts ("٤٢٪"), and a
 * letter O or l standing for a digit among digits ("4O%", "l2%"). `at` maps a place in the result
 * back to the original, so errors quote the text as written.
 */
export function readableDigits(text: string): {
  text: string;
  at: (index: number) => number;
  endAt: (index: number) => number;
} {
  let out = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let i = 0;
  for (const char of text) {
    let read = char;
    if (char.charCodeAt(0) > 0x7f) {
      const compat = char.normalize('NFKC').replace('\u2044', '/');
      if (/[\d%]/.test(compat)) read = compat;
      else if (/\p{Nd}/u.test(char)) read = String(digitValue(char));
      else if (char === '٪') read = '%';
    }
    for (let k = 0; k < read.length; k++) {
      starts.push(i);
      ends.push(i + char.length);
    }
    out += read;
    i += char.length;
  }
  starts.push(i);
  const lookAlikes = out
    .replace(/(?<=\d)[Oo](?=[\d%])|(?<=\d[.,]?)[Oo](?=%)/g, '0')
    .replace(/(?<=\d)[lI](?=[\d%])|(?<![\p{L}\d])[lI](?=\d+(?:[.,]\d+)?%)/gu, '1');
  return {
    text: lookAlikes,
    at: (index) => starts[Math.min(index, starts.length - 1)]!,
    // The end of the original character the result's character before `index` came from.
    endAt: (index) => (index === 0 ? 0 : ends[Math.min(index, ends.length) - 1]!),
  };
}

// A number glued to the word or mark before it, yet written with a unit: "up42%", "_42%",
// "record-42%", "rose,42%". The glue is read as a space so the number is seen.
const gluedNumber = /(?:\p{L}|_|(?<!\d),)(?=[-−]?\d[\d.,]*\s?(?:%|pc\b|percent\b|x\b|bps?\b|pp\b))/gu;

/**
 * Numbers written in digits that are not part of a name or a date: the numbers a reader would take
 * for figures, as the project reads numbers (sign, currency, scale), with a `%` after one kept in
 * its text. Digits inside words and codes ("V3", "Q4", "3rd", "COVID-19") are not numbers.
 * `names` are the entities' names ("Qwen 2.5 Max"); a number inside one is a name.
 */
export function findBareNumbers(text: string, names: readonly string[] = []): WrittenNumber[] {
  const readable = readableDigits(text);
  indexNamePatterns ??= namePatterns(indexNames, true);
  const blanked = blank(readable.text, [...namePatterns(names), ...indexNamePatterns, datePattern]).replace(
    gluedNumber,
    ' ',
  );
  let last = 0;
  return writtenNumbers(blanked)
    .filter((n) => /\d/.test(n.text) && !/\p{L}-$/u.test(blanked.slice(0, n.index)))
    .flatMap((n) => {
      const after = n.index + n.text.length;
      const end = after + (/^(?:%|x\b|pc\b|percent\b|bps?\b|pp\b)/.exec(blanked.slice(after))?.[0].length ?? 0);
      const [from, to] = [readable.at(n.index), readable.endAt(end)];
      // Two numbers read from one character ("½" is 1/2) are one number as written.
      if (from < last) return [];
      last = to;
      return [{ ...n, index: from, text: text.slice(from, to) }];
    });
}

/**
 * Why a text cannot stand as a name (a `<Name>` or an entity's name), or undefined when it can: a
 * name is a few words, not a sentence, and holds no number written as a quantity ("42%", "$3",
 * "12 billion"), so it cannot exempt a figure from the check. "Qwen 2.5 Max" is a name.
 */
export function nameProblem(text: string): string | undefined {
  const words = text.trim().split(/\s+/).length;
  if (words > 6) return `a name of at most 6 words, found ${words} words in "${text.trim()}"`;
  const quantity = findBareNumbers(text).find((n) => n.unit || n.scale || n.currencies || n.cents);
  if (quantity) return `a name with no quantity in it, found "${quantity.text}" in "${text.trim()}"`;
  return undefined;
}

/**
 * Why a bare number is refused, and what to write instead: when it is a figure's value as written
 * (or an earlier value of one), the `<Fig>` that shows that figure, so a later edit of the figure
 * cannot leave a stale copy behind.
 */
export function bareNumberMessage(where: string, found: WrittenNumber, figures: readonly Figure[]): string {
  const start = `expected every number in ${where} to come from a figure, found the bare number "${found.text}"`;
  const current = figures.find((figure) => writesValue(found.text, figure));
  if (current) return `${start}, the value of figure "${current.id}" (write <Fig id="${current.id}" />)`;
  const earlier = figures.find((figure) =>
    figure.history.some((revision) => writesValue(found.text, revisionValue(figure, revision))),
  );
  if (earlier)
    return `${start}, an earlier value of figure "${earlier.id}" (write <Fig id="${earlier.id}" /> to show its current value)`;
  return `${start} (add it as a figure and write <Fig id="..." />, or mark a name with <Name>...</Name>)`;
}
