import { describe, expect, test } from 'vitest';
import { fiscalYearNote } from '../../../src/lib/view/fiscal-year-note.ts';

const quarter = (year: number, fiscal: boolean) =>
  ({ figure: { period: { kind: 'quarter', year, quarter: 2, fiscal } } }) as const;

describe('fiscalYearNote', () => {
  test('says how the latest fiscal year its figures name runs', () => {
    expect(fiscalYearNote('Alibaba', 'March', [quarter(2025, true), quarter(2026, true), quarter(2027, false)])).toBe(
      "Alibaba's fiscal year ends in March: fiscal 2026 runs from 1 April 2025 to 31 March 2026, its first quarter April to June.",
    );
  });

  test('says only when the year ends when no figure names a fiscal year', () => {
    expect(fiscalYearNote('Example Corp', 'June', [quarter(2024, false), { figure: { period: 'The rally' } }])).toBe(
      "Example Corp's fiscal year ends in June.",
    );
  });

  test('says nothing for a fiscal year that is the calendar year', () => {
    expect(fiscalYearNote('Example Corp', 'December', [quarter(2024, true)])).toBeUndefined();
  });
});
