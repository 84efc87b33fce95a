import { checkedFigure } from '../../support/checked-figure.ts';
import { describe, expect, test } from 'vitest';
import { buildCompanyChartView, periodChartData, type PeriodPoint } from '../../../src/lib/view/company-chart-view.ts';
import type { Figure } from '../../../src/schemas/figure.ts';

const growth = (id: string, value: number, basis: Figure['basis'] = 'reported'): Figure =>
  checkedFigure({
    id,
    entity: 'example-corp',
    metric: 'sales-growth',
    label: 'Example Corp sales growth',
    value,
    unit: 'percent',
    precision: 'exact',
    basis,
    period: 'a quarter',
    source: 'report',
    quote: `${value}%`,
  });

const point = (figure: Figure, axis: string, heading: string): PeriodPoint => ({
  figure,
  period: { words: heading.toLowerCase(), heading, axis },
});

const points = [
  point(growth('q1', 12), 'Jan–Mar 2024', 'The quarter to 31 March 2024'),
  point(growth('q2', 9.5, 'projected'), 'Apr–Jun 2024', 'The quarter to 30 June 2024'),
];
const chart = {
  id: 'sales-growth',
  title: 'Example Corp sales growth',
  anchor: 'chart-sales-growth',
  pageUrl: '/companies/example-corp/',
};

describe('periodChartData', () => {
  test('makes a bar per period, oldest first, labelled by its axis name, the latest emphasised', () => {
    const data = periodChartData(chart, points);
    expect(data.byPeriod).toBe(true);
    expect(data.rows.map((r) => [r.label, r.period, r.highlight])).toEqual([
      ['Jan–Mar 2024', 'The quarter to 31 March 2024', false],
      ['Apr–Jun 2024', 'The quarter to 30 June 2024', true],
    ]);
  });
});

describe('periodChartData with a gap', () => {
  test('marks a period no briefing gives a figure for, between two that have one, and draws no bar there', () => {
    const gap: PeriodPoint = { period: { words: 'q2', heading: 'The quarter to 30 June 2024', axis: 'Apr–Jun 2024' } };
    const data = periodChartData(chart, [points[0]!, gap, point(growth('q3', 14), 'Jul–Sep 2024', 'Q3')]);
    expect(data.rows.map((r) => [r.label, r.kind, r.value])).toEqual([
      ['Jan–Mar 2024', 'exact', 12],
      ['Apr–Jun 2024', 'unstated', null],
      ['Jul–Sep 2024', 'exact', 14],
    ]);
    const view = buildCompanyChartView(chart, [points[0]!, gap, point(growth('q3', 14), 'Jul–Sep 2024', 'Q3')], []);
    expect(view.summary).toContain('Apr–Jun 2024: not stated (no briefing gives a figure)');
    expect(view.caption).toBe(
      '3 periods, oldest first, as the briefings below state them: reported values; a period no briefing gives a figure for is marked, not left out.',
    );
  });
});

describe('buildCompanyChartView', () => {
  const view = buildCompanyChartView(chart, points, ['Example Corp results, 1 July 2024']);

  test('captions the chart with its count of periods and credits its sources', () => {
    expect(view.caption).toMatch(/^2 periods, oldest first,/);
    expect(view.sourceLine).toBe('Source: Example Corp results, 1 July 2024.');
  });

  test('summarises every bar for a screen reader, with a projection named as one', () => {
    expect(view.summary).toBe('Example Corp sales growth. Jan–Mar 2024: 12%. Apr–Jun 2024: 9.5% (projected).');
  });

  test('prints its picture at the page address and gives the same numbers as a table, each period written out', () => {
    expect(view.printImage.path).toBe('/companies/example-corp/charts/sales-growth.png');
    expect(view.table.rows.map((r) => r.cells.slice(0, 2))).toEqual([
      ['The quarter to 31 March 2024', '12%'],
      ['The quarter to 30 June 2024', '9.5%'],
    ]);
  });
});
