import { writtenNumbers, type WrittenNumber } from '../model/written-numbers.ts';

const month =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?';
// Dates are when, not how much: "31 December 2024", "December 31, 2024", "March 2025", "2025-02-20".
const datePattern = new RegExp(
  `\\b(?:\\d{1,2}(?:\\s*(?:and|to|-|–)\\s*\\d{1,2})?\\s+${month}(?:\\s+\\d{4})?|${month}\\s+\\d{1,2}(?:,\\s*\\d{4})?(?!\\d)|${month}\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})\\b`,
  'g',
);

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The ways a name may appear in prose: as written, and without a leading owner ("Alibaba's Qwen
 * 2.5 Max" also reads "Qwen 2.5 Max"); line breaks and runs of spaces match any white space.
 */
function namePatterns(names: readonly string[]): RegExp[] {
  const forms = new Set<string>();
  for (const name of names) {
    if (!/\d/.test(name)) continue;
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

/**
 * Numbers written in digits that are not part of a name or a date: the numbers a reader would take
 * for figures, as the project reads numbers (sign, currency, scale), with a `%` after one kept in
 * its text. Digits inside words and codes ("V3", "Q4", "3rd", "COVID-19") are not numbers.
 * `names` are the entities' names ("Qwen 2.5 Max"); a number inside one is a name.
 */
export function findBareNumbers(text: string, names: readonly string[] = []): WrittenNumber[] {
  const blanked = blank(text, [...namePatterns(names), datePattern]);
  return writtenNumbers(blanked)
    .filter((n) => /\d/.test(n.text) && !/\p{L}-$/u.test(blanked.slice(0, n.index)))
    .map((n) => (blanked[n.index + n.text.length] === '%' ? { ...n, text: `${n.text}%` } : n));
}
