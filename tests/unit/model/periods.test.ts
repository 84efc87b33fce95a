import { describe, expect, test } from 'vitest';
import {
  isDated,
  periodRange,
  comparePeriods,
  type FigurePeriod,
  comparePeriodOrder,
  samePeriod,
  describePeriod,
  periodAxisLabel,
  periodHeading,
  periodDays,
  spanMismatch,
  periodsBetween,
} from '../../../src/lib/model/periods.ts';
import type { Entity } from '../../../src/schemas/entity.ts';
import type { Figure } from '../../../src/schemas/figure.ts';

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

describe('periodsBetween', () => {
  test('steps through calendar quarters from the first start to the last, the gap between included', () => {
    const like = { kind: 'quarter', year: 2025, quarter: 3, fiscal: false } as const;
    expect(periodsBetween('2024-10-01', '2025-07-01', like).map((p) => periodAxisLabel(p))).toEqual([
      'Oct–Dec 2024',
      'Jan–Mar 2025',
      'Apr–Jun 2025',
      'Jul–Sep 2025',
    ]);
  });

  test('names fiscal quarters by the fiscal year they fall in (March year end)', () => {
    const like = { kind: 'quarter', year: 2026, quarter: 2, fiscal: true } as const;
    expect(periodsBetween('2024-10-01', '2025-07-01', like, 'March')).toEqual([
      { kind: 'quarter', year: 2025, quarter: 3, fiscal: true },
      { kind: 'quarter', year: 2025, quarter: 4, fiscal: true },
      { kind: 'quarter', year: 2026, quarter: 1, fiscal: true },
      { kind: 'quarter', year: 2026, quarter: 2, fiscal: true },
    ]);
  });

  test('steps through fiscal years, halves and months', () => {
    const year = { kind: 'year', year: 2025, fiscal: true } as const;
    expect(periodsBetween('2022-04-01', '2025-04-01', year, 'March').map((p) => periodAxisLabel(p, 'March'))).toEqual([
      'FY2023',
      'FY2024',
      'FY2025',
      'FY2026',
    ]);
    const half = { kind: 'half', year: 2025, half: 1, fiscal: false } as const;
    expect(periodsBetween('2024-07-01', '2025-07-01', half)).toHaveLength(3);
    expect(periodsBetween('2025-11-01', '2026-02-01', { kind: 'month', year: 2026, month: 2 })).toHaveLength(4);
  });

  test('gives nothing when the first day does not start such a period', () => {
    const like = { kind: 'quarter', year: 2025, quarter: 3, fiscal: false } as const;
    expect(periodsBetween('2024-11-01', '2025-07-01', like)).toEqual([]);
  });
});

describe('isDated', () => {
  test('tells a dated period from one given in words', () => {
    expect(isDated({ kind: 'date', date: '2025-01-01' })).toBe(true);
    expect(isDated('The current rally')).toBe(false);
  });
});

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

const period = (start?: string, end?: string): FigurePeriod => ({
  range: start ? { start, ...(end ? { end } : {}) } : undefined,
  words: `${start}/${end}`,
  heading: `${start}/${end}`,
  axis: `${start}/${end}`,
});

describe('comparePeriodOrder', () => {
  test('puts earlier periods first, and a shorter one first among those starting together', () => {
    const sorted = [
      period('2024-04-01', '2024-06-30'),
      period('2024-01-01', '2024-12-31'),
      period('2024-01-01', '2024-03-31'),
    ].sort(comparePeriodOrder);
    expect(sorted.map((p) => p.words)).toEqual([
      '2024-01-01/2024-03-31',
      '2024-01-01/2024-12-31',
      '2024-04-01/2024-06-30',
    ]);
  });

  test('puts an open period after a closed one starting the same day, and words last', () => {
    const sorted = [period(), period('2024-01-01'), period('2024-01-01', '2024-03-31')].sort(comparePeriodOrder);
    expect(sorted.map((p) => p.words)).toEqual([
      '2024-01-01/2024-03-31',
      '2024-01-01/undefined',
      'undefined/undefined',
    ]);
  });
});

const entities = new Map<string, Entity>([
  ['alibaba', { id: 'alibaba', name: 'Alibaba', kind: 'company', fiscalYearEnd: 'March' } as Entity],
  ['tencent', { id: 'tencent', name: 'Tencent', kind: 'company' } as Entity],
]);
const at = (entity: string, period: Figure['period']) => ({ entity, period });

describe('samePeriod', () => {
  test("matches dated periods by the days they cover, each in its entity's fiscal year", () => {
    const alibabaQ3 = at('alibaba', { kind: 'quarter', year: 2025, quarter: 3, fiscal: true });
    // Alibaba's fiscal year ends in March: its Q3 of fiscal 2025 is October to December 2024.
    expect(
      samePeriod(alibabaQ3, at('tencent', { kind: 'quarter', year: 2024, quarter: 4, fiscal: false }), entities),
    ).toBe(true);
    expect(
      samePeriod(alibabaQ3, at('tencent', { kind: 'quarter', year: 2025, quarter: 3, fiscal: false }), entities),
    ).toBe(false);
  });

  test('matches periods given in words by their words, case aside', () => {
    expect(samePeriod(at('alibaba', 'This year'), at('tencent', 'this year'), entities)).toBe(true);
    expect(samePeriod(at('alibaba', 'This year'), at('tencent', 'Last year'), entities)).toBe(false);
  });
});

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

describe('durations', () => {
  const pledge = { kind: 'duration', length: 3, unit: 'years', from: 'the pledge earlier in 2025' } as const;

  test('read as a length of time, not a place on the calendar', () => {
    expect(isDated(pledge)).toBe(false);
    expect(describePeriod(pledge)).toBe('over three years, from the pledge earlier in 2025');
    expect(describePeriod({ kind: 'duration', length: 1, unit: 'quarters' })).toBe('over a quarter');
    expect(describePeriod({ kind: 'duration', length: 18, unit: 'months' })).toBe('over 18 months');
    expect(periodAxisLabel(pledge)).toBe('3 years');
  });

  test('measure every period with a length in days, and none for words, a single day or an open span', () => {
    expect(periodDays(pledge)).toBeCloseTo(1095.75);
    expect(periodDays({ kind: 'quarter', year: 2025, quarter: 3, fiscal: false })).toBe(92);
    expect(periodDays({ kind: 'year', year: 2024, fiscal: false })).toBe(366);
    expect(periodDays('The current rally')).toBeUndefined();
    expect(periodDays({ kind: 'date', date: '2025-09-30' })).toBeUndefined();
    expect(periodDays({ kind: 'span', from: '2025-01-01' })).toBeUndefined();
  });
});

describe('spanMismatch', () => {
  const entities = new Map<string, Entity>([
    ['example-corp', { id: 'example-corp', name: 'Example Corp', kind: 'company' }],
  ]);
  const amount = (id: string, period: Figure['period'], unit: Figure['unit'] = 'currency') =>
    ({ id, unit, entity: 'example-corp', period }) as Pick<Figure, 'id' | 'unit' | 'per' | 'period' | 'entity'>;
  const year = { kind: 'year', year: 2025, fiscal: false } as const;

  test("refuses a year's amount set against a three-year one", () => {
    expect(
      spanMismatch(amount('spent', year), amount('pledged', { kind: 'duration', length: 3, unit: 'years' }), entities),
    ).toBe(
      'expected amounts over spans of one length, found "spent" for the year to 31 December 2025 and "pledged" for over three years: put one on the other\'s span with a derived figure, or compare rates',
    );
  });

  test('lets amounts over alike spans, rates, and periods in words be compared', () => {
    const q3 = { kind: 'quarter', year: 2025, quarter: 3, fiscal: false } as const;
    const q1 = { kind: 'quarter', year: 2025, quarter: 1, fiscal: false } as const;
    expect(spanMismatch(amount('a', q3), amount('b', q1), entities)).toBeUndefined();
    expect(spanMismatch(amount('a', year, 'percent'), amount('b', q1, 'percent'), entities)).toBeUndefined();
    expect(spanMismatch(amount('a', year), amount('b', 'Over time'), entities)).toBeUndefined();
  });
});
