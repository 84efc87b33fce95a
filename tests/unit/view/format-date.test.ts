import { describe, expect, test } from 'vitest';
import { formatDate } from '../../../src/lib/view/format-date.ts';

describe('formatDate', () => {
  test('writes an ISO date as day, month name and year, whatever the machine time zone', () => {
    expect(formatDate('2026-11-25')).toBe('25 November 2026');
    expect(formatDate('2024-01-01')).toBe('1 January 2024');
  });
});
