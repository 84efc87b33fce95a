import { describe, expect, test } from 'vitest';
import { isDated, periodRange } from '../../../src/lib/model/period-range.ts';

describe('periodRange', () => {
  test('places a calendar quarter in its three months', () => {
    expect(periodRange({ kind: 'quarter', year: 2025, quarter: 3, fiscal: false })).toEqual({
      start: '2025-07-01',
      end: '2025-09-30',
    });
  });

  test('places a fiscal quarter by the fiscal year named after the year it ends in', () => {
    // A March year end: fiscal 2026 runs from April 2025, so its second quarter is July to September 2025.
    expect(periodRange({ kind: 'quarter', year: 2026, quarter: 2, fiscal: true }, 'March')).toEqual({
      start: '2025-07-01',
      end: '2025-09-30',
    });
    expect(periodRange({ kind: 'quarter', year: 2025, quarter: 3, fiscal: true }, 'March')).toEqual({
      start: '2024-10-01',
      end: '2024-12-31',
    });
  });

  test('treats a fiscal period without a declared year end as the calendar year', () => {
    expect(periodRange({ kind: 'quarter', year: 2025, quarter: 1, fiscal: true })).toEqual({
      start: '2025-01-01',
      end: '2025-03-31',
    });
  });

  test('places halves and years, calendar and fiscal', () => {
    expect(periodRange({ kind: 'half', year: 2025, half: 2, fiscal: false })).toEqual({
      start: '2025-07-01',
      end: '2025-12-31',
    });
    expect(periodRange({ kind: 'half', year: 2026, half: 1, fiscal: true }, 'March')).toEqual({
      start: '2025-04-01',
      end: '2025-09-30',
    });
    expect(periodRange({ kind: 'year', year: 2026, fiscal: true }, 'March')).toEqual({
      start: '2025-04-01',
      end: '2026-03-31',
    });
    expect(periodRange({ kind: 'year', year: 2024, fiscal: true }, 'June')).toEqual({
      start: '2023-07-01',
      end: '2024-06-30',
    });
  });

  test('ends a month on its last day, leap years included', () => {
    expect(periodRange({ kind: 'month', year: 2024, month: 2 })).toEqual({ start: '2024-02-01', end: '2024-02-29' });
  });

  test('covers a single day for a date and leaves an open span without an end', () => {
    expect(periodRange({ kind: 'date', date: '2025-11-25' })).toEqual({ start: '2025-11-25', end: '2025-11-25' });
    expect(periodRange({ kind: 'span', from: '2025-01-01' })).toEqual({ start: '2025-01-01' });
    expect(periodRange({ kind: 'span', from: '2025-01-01', to: '2025-06-30' })).toEqual({
      start: '2025-01-01',
      end: '2025-06-30',
    });
  });

  test('starts the year to date at the start of the calendar or fiscal year', () => {
    expect(periodRange({ kind: 'year-to-date', to: '2025-09-30', fiscal: false })).toEqual({
      start: '2025-01-01',
      end: '2025-09-30',
    });
    expect(periodRange({ kind: 'year-to-date', to: '2025-09-30', fiscal: true }, 'March')).toEqual({
      start: '2025-04-01',
      end: '2025-09-30',
    });
    expect(periodRange({ kind: 'year-to-date', to: '2026-02-10', fiscal: true }, 'March')).toEqual({
      start: '2025-04-01',
      end: '2026-02-10',
    });
  });
});

describe('isDated', () => {
  test('tells a dated period from one given in words', () => {
    expect(isDated({ kind: 'date', date: '2025-01-01' })).toBe(true);
    expect(isDated('The current rally')).toBe(false);
  });
});
