import { describe, expect, test } from 'vitest';
import { describeSourceDate } from '../../../src/lib/view/describe-source-date.ts';

describe('describeSourceDate', () => {
  test("prints a date in the page's one date style", () => {
    expect(describeSourceDate('2025-02-14')).toBe('14 February 2025');
  });

  test('prints "Undated" for a source that carries no date', () => {
    expect(describeSourceDate({ undated: true, note: 'Results for the December quarter.' })).toBe('Undated');
  });
});
