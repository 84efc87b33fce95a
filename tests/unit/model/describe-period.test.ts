import { describe, expect, test } from 'vitest';
import { describePeriod, periodAxisLabel, periodHeading } from '../../../src/lib/model/describe-period.ts';

describe('describePeriod', () => {
  test('names a quarter by the day it ends, with its fiscal name when fiscal', () => {
    expect(describePeriod({ kind: 'quarter', year: 2025, quarter: 3, fiscal: false })).toBe(
      'the quarter to 30 September 2025',
    );
    expect(describePeriod({ kind: 'quarter', year: 2026, quarter: 2, fiscal: true }, 'March')).toBe(
      'the quarter to 30 September 2025 (Q2 of fiscal 2026)',
    );
  });

  test('names halves, years, months and days', () => {
    expect(describePeriod({ kind: 'half', year: 2026, half: 1, fiscal: true }, 'March')).toBe(
      'the half-year to 30 September 2025 (H1 of fiscal 2026)',
    );
    expect(describePeriod({ kind: 'half', year: 2025, half: 1, fiscal: false })).toBe('the half-year to 30 June 2025');
    expect(describePeriod({ kind: 'year', year: 2024, fiscal: false })).toBe('the year to 31 December 2024');
    expect(describePeriod({ kind: 'year', year: 2026, fiscal: true }, 'March')).toBe(
      'the fiscal year to 31 March 2026 (fiscal 2026)',
    );
    expect(describePeriod({ kind: 'month', year: 2025, month: 9 })).toBe('September 2025');
    expect(describePeriod({ kind: 'date', date: '2025-11-25' })).toBe('25 November 2025');
  });

  test('names spans and the year to date', () => {
    expect(describePeriod({ kind: 'span', from: '2025-01-01' })).toBe('since 1 January 2025');
    expect(describePeriod({ kind: 'span', from: '2025-01-01', to: '2025-09-30' })).toBe(
      '1 January to 30 September 2025',
    );
    expect(describePeriod({ kind: 'span', from: '2024-10-01', to: '2025-09-30' })).toBe(
      '1 October 2024 to 30 September 2025',
    );
    expect(describePeriod({ kind: 'year-to-date', to: '2025-09-30', fiscal: false })).toBe(
      'the year to date, to 30 September 2025',
    );
    expect(describePeriod({ kind: 'year-to-date', to: '2025-09-30', fiscal: true }, 'March')).toBe(
      'the fiscal year to date, to 30 September 2025',
    );
  });

  test('keeps a period given in words as written', () => {
    expect(describePeriod('Five-year average')).toBe('Five-year average');
  });
});

describe('periodAxisLabel', () => {
  test('names each kind briefly for a chart axis', () => {
    expect(periodAxisLabel({ kind: 'quarter', year: 2025, quarter: 3, fiscal: true }, 'March')).toBe('Oct–Dec 2024');
    expect(periodAxisLabel({ kind: 'quarter', year: 2025, quarter: 1, fiscal: true }, 'January')).toBe('Feb–Apr 2024');
    expect(periodAxisLabel({ kind: 'half', year: 2025, half: 1, fiscal: true }, 'September')).toBe('Oct 2024–Mar 2025');
    expect(periodAxisLabel({ kind: 'year', year: 2026, fiscal: true }, 'March')).toBe('FY2026');
    expect(periodAxisLabel({ kind: 'year', year: 2024, fiscal: false })).toBe('2024');
    expect(periodAxisLabel({ kind: 'month', year: 2025, month: 9 })).toBe('Sep 2025');
    expect(periodAxisLabel({ kind: 'date', date: '2025-11-25' })).toBe('25 Nov 2025');
    expect(periodAxisLabel({ kind: 'span', from: '2025-01-01' })).toBe('Since 1 Jan 2025');
    expect(periodAxisLabel({ kind: 'span', from: '2025-01-01', to: '2025-03-31' })).toBe('1 Jan 2025–31 Mar 2025');
    expect(periodAxisLabel({ kind: 'year-to-date', to: '2025-09-30', fiscal: false })).toBe('YTD to 30 Sep 2025');
    expect(periodAxisLabel('The current rally')).toBe('The current rally');
  });
});

describe('periodHeading', () => {
  test('capitalises the description for a line of its own', () => {
    expect(periodHeading({ kind: 'month', year: 2025, month: 9 })).toBe('September 2025');
    expect(periodHeading({ kind: 'quarter', year: 2025, quarter: 1, fiscal: false })).toBe(
      'The quarter to 31 March 2025',
    );
  });
});
