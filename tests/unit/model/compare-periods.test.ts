import { describe, expect, test } from 'vitest';
import { comparePeriods } from '../../../src/lib/model/compare-periods.ts';

const q2 = { start: '2025-04-01', end: '2025-06-30' };
const q3 = { start: '2025-07-01', end: '2025-09-30' };
const year = { start: '2025-01-01', end: '2025-12-31' };

describe('comparePeriods', () => {
  test('puts a period that ends before another starts first', () => {
    expect(comparePeriods(q2, q3)).toBe(-1);
    expect(comparePeriods(q3, q2)).toBe(1);
  });

  test('finds the same days equal', () => {
    expect(comparePeriods(q3, { ...q3 })).toBe(0);
  });

  test('cannot order a quarter against the year that contains it', () => {
    expect(comparePeriods(q3, year)).toBeUndefined();
  });

  test('cannot order an open span against a later period, but can against an earlier one', () => {
    const since = { start: '2025-05-01' };
    expect(comparePeriods(since, q3)).toBeUndefined();
    expect(comparePeriods({ start: '2025-01-01', end: '2025-03-31' }, since)).toBe(-1);
  });
});
