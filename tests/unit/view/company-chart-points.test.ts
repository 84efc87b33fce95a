import { describe, expect, test } from 'vitest';
import { chartPoints, type Candidate } from '../../../src/lib/view/company-chart-points.ts';
import { resolvePeriod } from '../../../src/lib/model/periods.ts';
import type { Figure } from '../../../src/schemas/figure.ts';
import { checkedFigure } from '../../support/checked-figure.ts';

const quarter = (q: number, value: number, extra: Partial<Figure> & { published?: string } = {}): Candidate => {
  const { published = '2025-01-01', ...fields } = extra;
  const period = { kind: 'quarter', year: 2024, quarter: q } as const;
  const figure = checkedFigure({
    id: `q${q}`,
    entity: 'example-corp',
    metric: 'revenue',
    label: 'Revenue',
    value,
    unit: 'currency',
    currency: 'USD',
    scale: 'billion',
    precision: 'exact',
    basis: 'reported',
    period,
    source: 'report',
    quote: `${value}`,
    ...fields,
  });
  return { figure, period: resolvePeriod(figure.period), briefing: { published } };
};

const drawn = (points: ReturnType<typeof chartPoints>) =>
  points.map((p) => [p.period.axis, p.figure ? `${p.figure.value} ${p.figure.basis}` : null]);

describe('chartPoints', () => {
  test('keeps every quarter between the first and last reported, one without a figure as a gap', () => {
    expect(drawn(chartPoints([quarter(1, 10), quarter(3, 12), quarter(4, 13)]))).toEqual([
      ['Jan–Mar 2024', '10 reported'],
      ['Apr–Jun 2024', null],
      ['Jul–Sep 2024', '12 reported'],
      ['Oct–Dec 2024', '13 reported'],
    ]);
  });

  test('ends on the last reported period, not on a later estimate that the series leaves out', () => {
    const estimate = quarter(4, 14, { basis: 'estimate' });
    expect(drawn(chartPoints([quarter(1, 10), quarter(2, 11), estimate]))).toEqual([
      ['Jan–Mar 2024', '10 reported'],
      ['Apr–Jun 2024', '11 reported'],
    ]);
  });

  test('never puts two currencies in one series: figures unlike the latest are left out', () => {
    const yuan = quarter(1, 70, { currency: 'CNY', quote: '70' });
    expect(drawn(chartPoints([yuan, quarter(2, 11), quarter(3, 12)]))).toEqual([
      ['Apr–Jun 2024', '11 reported'],
      ['Jul–Sep 2024', '12 reported'],
    ]);
    expect(chartPoints([yuan, quarter(2, 11)])).toEqual([]);
  });

  test('draws the latest estimate of each period when no two periods have reported values', () => {
    const older = quarter(2, 11, { basis: 'estimate', published: '2024-01-01' });
    const newer = quarter(2, 11.5, { basis: 'estimate', published: '2024-06-01', quote: '11.5' });
    expect(drawn(chartPoints([quarter(1, 10, { basis: 'estimate' }), older, newer]))).toEqual([
      ['Jan–Mar 2024', '10 estimate'],
      ['Apr–Jun 2024', '11.5 estimate'],
    ]);
  });
});
