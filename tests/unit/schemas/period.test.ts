import { describe, expect, test } from 'vitest';
import { periodSchema } from '../../../src/schemas/period.ts';

describe('periodSchema', () => {
  test('accepts words for a period the source does not date', () => {
    expect(periodSchema.parse('Five-year average')).toBe('Five-year average');
  });

  test('reads a quarter as calendar unless marked fiscal', () => {
    expect(periodSchema.parse({ kind: 'quarter', year: 2025, quarter: 3 })).toEqual({
      kind: 'quarter',
      year: 2025,
      quarter: 3,
      fiscal: false,
    });
  });

  test('accepts an open span and a year to date', () => {
    expect(periodSchema.parse({ kind: 'span', from: '2025-01-01' })).toEqual({ kind: 'span', from: '2025-01-01' });
    expect(periodSchema.parse({ kind: 'year-to-date', to: '2025-09-30', fiscal: true })).toMatchObject({
      fiscal: true,
    });
  });

  test('rejects a two-digit year and a thirteenth month', () => {
    expect(periodSchema.safeParse({ kind: 'year', year: 25 }).success).toBe(false);
    expect(periodSchema.safeParse({ kind: 'month', year: 2025, month: 13 }).success).toBe(false);
  });
});
