import { describe, expect, test } from 'vitest';
import { plural, pluralWord } from '../../../src/lib/errors/plural.ts';

describe('plural', () => {
  test('writes the singular for one and adds an s otherwise, zero included', () => {
    expect([0, 1, 2].map((n) => plural(n, 'error'))).toEqual(['0 errors', '1 error', '2 errors']);
  });

  test('takes an irregular plural', () => {
    expect(plural(3, 'entry', 'entries')).toBe('3 entries');
    expect(plural(1, 'entry', 'entries')).toBe('1 entry');
  });
});

describe('pluralWord', () => {
  test('picks the form that agrees with a count, without the count', () => {
    expect(pluralWord(1, 'holds', 'hold')).toBe('holds');
    expect(pluralWord(2, 'holds', 'hold')).toBe('hold');
    expect(pluralWord(1.5, 'month')).toBe('months');
  });
});
