import { describe, expect, test } from 'vitest';
import type { Entity } from '../../../src/schemas/entity.ts';
import { fiscalYearEndOf } from '../../../src/lib/model/fiscal-year-end.ts';
import { figurePeriod } from '../../../src/lib/model/figure-period.ts';

const entities = new Map<string, Entity>([
  ['example-corp', { id: 'example-corp', name: 'Example Corp', kind: 'company', fiscalYearEnd: 'March' }],
  ['example-cloud', { id: 'example-cloud', name: 'Example Cloud', kind: 'segment', parent: 'example-corp' }],
  ['sample-inc', { id: 'sample-inc', name: 'Sample Inc', kind: 'company' }],
]);

describe('fiscalYearEndOf', () => {
  test("takes the entity's own year end, or its parent's for a segment", () => {
    expect(fiscalYearEndOf('example-corp', entities)).toBe('March');
    expect(fiscalYearEndOf('example-cloud', entities)).toBe('March');
  });

  test('is undefined when neither declares one, or the entity is unknown', () => {
    expect(fiscalYearEndOf('sample-inc', entities)).toBeUndefined();
    expect(fiscalYearEndOf('nobody', entities)).toBeUndefined();
  });
});

describe('figurePeriod', () => {
  test("reads a segment's fiscal quarter on its company's fiscal year", () => {
    const period = figurePeriod(
      { entity: 'example-cloud', period: { kind: 'quarter', year: 2026, quarter: 2, fiscal: true } },
      entities,
    );
    expect(period).toEqual({
      range: { start: '2025-07-01', end: '2025-09-30' },
      words: 'the quarter to 30 September 2025 (Q2 of fiscal 2026)',
      heading: 'The quarter to 30 September 2025 (Q2 of fiscal 2026)',
      axis: 'Jul–Sep 2025',
    });
  });

  test('leaves a period in words without a range', () => {
    expect(figurePeriod({ entity: 'sample-inc', period: 'The current rally' }, entities)).toEqual({
      range: undefined,
      words: 'The current rally',
      heading: 'The current rally',
      axis: 'The current rally',
    });
  });
});
