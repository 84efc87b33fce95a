import { describe, expect, test } from 'vitest';
import { formatDate, describeSourceDate } from '../../../src/lib/view/format-date.ts';

describe('formatDate', () => {
  test('writes an ISO date as day, month name and year, whatever the machine time zone', () => {
    expect(formatDate('2026-11-25')).toBe('25 November 2026');
    expect(formatDate('2024-01-01')).toBe('1 January 2024');
  });
});

describe('describeSourceDate', () => {
  test("prints a date in the page's one date style", () => {
    expect(describeSourceDate('2025-02-14')).toBe('14 February 2025');
  });

  test('prints "Undated" for a source that carries no date', () => {
    expect(describeSourceDate({ undated: true, note: 'Results for the December quarter.' })).toBe('Undated');
  });
});
