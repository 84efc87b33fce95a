import { describe, expect, test } from 'vitest';
import { withEllipsis, wrapText } from '../../../src/lib/images/wrap-text.ts';

/** Every character 10px wide, so widths can be worked out by counting. */
const measure = (text: string) => Array.from(text).length * 10;

describe('wrapText', () => {
  test('keeps text that fits on one line', () => {
    expect(wrapText('Cloud growth', 200, measure)).toEqual(['Cloud growth']);
  });

  test('breaks between words so no line is wider than the width', () => {
    const lines = wrapText('Alibaba has become the best-performing of large technology stocks', 200, measure);
    expect(lines).toEqual(['Alibaba has become', 'the best-performing', 'of large technology', 'stocks']);
    for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(200);
  });

  test('keeps every word, in order, when nothing is cut', () => {
    const text = 'one two three four five six seven eight nine ten';
    expect(wrapText(text, 120, measure).join(' ')).toBe(text);
  });

  test('collapses runs of white space, including newlines', () => {
    expect(wrapText('  Share-price \n gains   in the rally ', 1000, measure)).toEqual([
      'Share-price gains in the rally',
    ]);
  });

  test('stops at the line limit and ends the last line with an ellipsis', () => {
    const lines = wrapText('one two three four five six seven eight nine ten', 120, measure, 2);
    expect(lines).toEqual(['one two', 'three four…']);
    expect(measure(lines[1]!)).toBeLessThanOrEqual(120);
  });

  test('drops a whole word rather than cutting one when the ellipsis does not fit', () => {
    // "three four" fills the 100px line exactly, so "four" goes to make room for the ellipsis.
    expect(wrapText('one two three four five six', 100, measure, 2)).toEqual(['one two', 'three…']);
  });

  test('adds no ellipsis when the text fits in the line limit', () => {
    expect(wrapText('one two three', 80, measure, 2)).toEqual(['one two', 'three']);
  });

  test('splits a word longer than a line into pieces that fit', () => {
    expect(wrapText('abcdefghijkl mn', 50, measure)).toEqual(['abcde', 'fghij', 'kl mn']);
  });

  test('returns no lines for empty text', () => {
    expect(wrapText('   ', 100, measure)).toEqual([]);
  });

  test('keeps at least one line when the limit is zero', () => {
    expect(wrapText('one two three', 80, measure, 0)).toEqual(['one two…']);
  });
});

describe('withEllipsis', () => {
  test('does not leave punctuation before the ellipsis', () => {
    expect(withEllipsis('rally, and', 90, measure)).toBe('rally…');
  });

  test('cuts characters from a single word that is too long', () => {
    expect(withEllipsis('abcdefghij', 50, measure)).toBe('abcd…');
  });
});
