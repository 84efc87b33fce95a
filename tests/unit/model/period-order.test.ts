import { describe, expect, test } from 'vitest';
import type { FigurePeriod } from '../../../src/lib/model/figure-period.ts';
import { comparePeriodOrder } from '../../../src/lib/model/period-order.ts';

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
