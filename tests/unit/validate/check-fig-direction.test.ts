import { describe, expect, test } from 'vitest';
import { formatContentIssue } from '../../../src/lib/errors/content-issue.ts';
import { figureInline, figureSize } from '../../../src/lib/model/format-figure.ts';
import { directionBefore } from '../../../src/lib/model/written-numbers.ts';
import { validateBriefingSource } from '../../../src/lib/validate/validate-briefing-source.ts';
import type { Figure } from '../../../src/schemas/figure.ts';
import { loadBriefing, readBriefingSource } from '../../support/briefings.ts';

const minimal = readBriefingSource('minimal');
// The Widget Index figure made a fall of 25%, its quote saying so.
const falling = minimal
  .replace('    value: 25\n', '    value: -25\n')
  .replace('quote: the Widget Index rose 25%', 'quote: the Widget Index fell 25%');
const withProse = (text: string, prose: string) =>
  text.replace('<Chart id="share-gains" />\n', `<Chart id="share-gains" />\n\n${prose}\n`);
const errors = (text: string) =>
  validateBriefingSource(text).errors.map((issue) => formatContentIssue('minimal.mdx', issue));

describe('directionBefore', () => {
  test('reads the words just before a number as a rise, a fall, or neither', () => {
    expect(directionBefore('Net profit fell by ')).toBe('fall');
    expect(directionBefore('reported a fall of ')).toBe('fall');
    expect(directionBefore('shares plummeted ')).toBe('fall');
    expect(directionBefore('revenue rose by ')).toBe('rise');
    expect(directionBefore('an increase of ')).toBe('rise');
    expect(directionBefore('profit fell to ')).toBeUndefined();
    expect(directionBefore('against ')).toBeUndefined();
  });
});

describe('figureSize', () => {
  test("drops a figure's sign, keeping a range's ends in order", () => {
    const fall = loadBriefing('minimal').figures[1]!;
    expect(figureInline(figureSize({ ...fall, value: -52 }))).toBe('52%');
    expect(figureInline(figureSize({ ...fall, value: -4, to: -2 } as Figure))).toBe('2% – 4%');
  });
});

describe('the words before a figure agree with its sign', () => {
  test('a fall shown by its size after "fell by" passes', () => {
    expect(errors(withProse(falling, 'The index fell by <Fig id="index-share-gain" show="size" />.'))).toEqual([]);
  });

  test('a fall after "fell by" must be shown by its size, not as "fell by −25%"', () => {
    expect(errors(withProse(falling, 'The index fell by <Fig id="index-share-gain" />.'))).toEqual([
      'minimal.mdx:135 expected the size of the fall after "fell by", found <Fig id="index-share-gain" />, which reads "−25%": write <Fig id="index-share-gain" show="size" />, or "changed by <Fig id="index-share-gain" />"',
    ]);
  });

  test('a negative figure after words for a rise is refused', () => {
    expect(errors(withProse(falling, 'The index rose by <Fig id="index-share-gain" />.'))).toEqual([
      'minimal.mdx:135 expected a figure that is not negative after "rose by", found <Fig id="index-share-gain" /> = −25%: write the words for a fall, such as "fell by <Fig id="index-share-gain" show="size" />"',
    ]);
  });

  test('a positive figure after words for a fall is refused', () => {
    expect(errors(withProse(minimal, 'The index dropped <Fig id="index-share-gain" />.'))).toEqual([
      'minimal.mdx:135 expected a negative figure after "index dropped", found <Fig id="index-share-gain" /> = 25%: make its value negative, or write the words for a rise',
    ]);
  });

  test('a size with no word for its direction is refused, as it would hide the sign', () => {
    expect(errors(withProse(falling, 'The index moved <Fig id="index-share-gain" show="size" />.'))).toEqual([
      'minimal.mdx:135 expected a word for a rise or fall before <Fig id="index-share-gain" show="size" /> ("fell by", "up"), found "index moved": without one, the size hides the figure\'s sign',
    ]);
  });

  test('show takes only "size"', () => {
    expect(errors(withProse(falling, 'The index fell by <Fig id="index-share-gain" show="sign" />.'))).toEqual([
      'minimal.mdx:135 expected <Fig show="size">, the one thing show may say, found show="sign"',
    ]);
  });
});
