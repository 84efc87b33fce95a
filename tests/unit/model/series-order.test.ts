import { checkedFigure } from '../../support/checked-figure.ts';
import { describe, expect, test } from 'vitest';
import type { Entity } from '../../../src/schemas/entity.ts';
import type { Figure } from '../../../src/schemas/figure.ts';
import { seriesOrderProblems } from '../../../src/lib/model/series-order.ts';

const entities = new Map<string, Entity>([
  ['example-corp', { id: 'example-corp', name: 'Example Corp', kind: 'company', fiscalYearEnd: 'March' }],
]);

function growth(id: string, period: unknown): Figure {
  return checkedFigure({
    id,
    label: 'Example Corp growth',
    entity: 'example-corp',
    metric: 'growth',
    value: 10,
    unit: 'percent',
    period,
    basis: 'reported',
    source: 'report',
    quote: 'grew 10%',
  });
}

const q = (id: string, quarter: number, year = 2025) => growth(id, { kind: 'quarter', year, quarter, fiscal: true });

describe('seriesOrderProblems', () => {
  test('accepts consecutive quarters listed oldest first, across a fiscal year end', () => {
    expect(seriesOrderProblems([q('a', 3), q('b', 4), q('c', 1, 2026)], entities)).toEqual([]);
  });

  test('reports a quarter listed before an earlier one', () => {
    expect(seriesOrderProblems([q('a', 4), q('b', 3)], entities)).toEqual([
      {
        index: 1,
        message:
          'expected "b" to follow "a" in time, found that the quarter to 31 December 2024 (Q3 of fiscal 2025) comes before the quarter to 31 March 2025 (Q4 of fiscal 2025); list a series oldest first, one figure per period',
      },
    ]);
  });

  test('reports the same period twice', () => {
    expect(seriesOrderProblems([q('a', 3), q('b', 3)], entities)[0]?.message).toContain(
      'is the same period as the quarter to 31 December 2024',
    );
  });

  test('reports a period in words, which cannot be ordered', () => {
    expect(seriesOrderProblems([q('a', 3), growth('b', 'Last quarter')], entities)).toEqual([
      {
        index: 1,
        message:
          'expected "b" to have a dated period (such as { kind: quarter, year, quarter }) so it can be put in order, found "Last quarter"',
      },
    ]);
  });

  test('reports a period of another kind, such as a year among quarters', () => {
    expect(seriesOrderProblems([q('a', 3), growth('b', { kind: 'year', year: 2025 })], entities)).toEqual([
      { index: 1, message: 'expected a quarter like "a", found "b" for the year to 31 December 2025' },
    ]);
  });

  test('reports overlapping periods of the same kind', () => {
    const spans = [
      growth('a', { kind: 'span', from: '2025-01-01', to: '2025-06-30' }),
      growth('b', { kind: 'span', from: '2025-06-01', to: '2025-09-30' }),
    ];
    expect(seriesOrderProblems(spans, entities)[0]?.message).toContain(
      '1 June to 30 September 2025 overlaps 1 January to 30 June 2025',
    );
  });
});
