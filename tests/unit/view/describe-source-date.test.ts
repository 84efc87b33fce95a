import { describe, expect, test } from 'vitest';
import { describeSourceDate } from '../../../src/lib/view/describe-source-date.ts';

describe('describeSourceDate', () => {
  test('prints a date as written', () => {
    expect(describeSourceDate('2025-02-14')).toBe('2025-02-14');
  });

  test('prints "Undated" for a source that carries no date', () => {
    expect(describeSourceDate({ undated: true, note: 'Results for the December quarter.' })).toBe('Undated');
  });
});
