import { checkedFigure } from '../../support/checked-figure.ts';
import { describe, expect, test } from 'vitest';
import {
  buildCompanyChartView,
  companyChartRows,
  mostColumns,
  periodChartData,
  type PeriodPoint,
} from '../../../src/lib/view/company-chart-view.ts';
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
  point(growth('q1', 12, 'estimate'), 'Jan–Mar 2024', 'The quarter to 31 March 2024'),
  point(growth('q2', 9.5, 'projected'), 'Apr–Jun 2024', 'The quarter to 30 June 2024'),
];
const chart = {
  id: 'sales-growth',
  title: 'Example Corp sales growth',
  anchor: 'chart-sales-growth',
  pageUrl: '/companies/example-corp/',
  company: 'Example Corp',
};

describe('periodChartData', () => {
  test('makes a column per period on a time axis, oldest first, named as an axis names it, the latest emphasised', () => {
    const data = periodChartData(chart, points);
    expect(data.kind).toBe('column');
    expect(data.categories).toEqual(['Jan–Mar 2024', 'Apr–Jun 2024']);
    expect(data.periods).toEqual(['The quarter to 31 March 2024', 'The quarter to 30 June 2024']);
    expect(data.series[0]!.points.map((p) => p && [p.figure, p.value, p.label])).toEqual([
      ['0', 12, '12% (estimate)'],
      ['1', 9.5, '9.5% (projected)'],
    ]);
    expect(data.highlight).toBe('1');
  });

  test('draws a line rather than columns for more periods than columns fit', () => {
    const many = Array.from({ length: mostColumns + 1 }, (_, i) =>
      point(growth(`q${i}`, 10 + i), `Period ${i}`, `The period ${i}`),
    );
    expect(periodChartData(chart, many).kind).toBe('line');
    expect(periodChartData(chart, many.slice(0, mostColumns)).kind).toBe('column');
  });
});

describe('periodChartData with a gap', () => {
  const gap: PeriodPoint = { period: { words: 'q2', heading: 'The quarter to 30 June 2024', axis: 'Apr–Jun 2024' } };
  const withGap = [
    point(growth('q1', 12), 'Jan–Mar 2024', 'The quarter to 31 March 2024'),
    gap,
    point(growth('q3', 14), 'Jul–Sep 2024', 'The quarter to 30 September 2024'),
  ];

  test('keeps a period no briefing gives a figure for on the axis, with nothing drawn there', () => {
    const data = periodChartData(chart, withGap);
    expect(data.categories).toEqual(['Jan–Mar 2024', 'Apr–Jun 2024', 'Jul–Sep 2024']);
    expect(data.series[0]!.points.map((p) => p?.value ?? null)).toEqual([12, null, 14]);
    const view = buildCompanyChartView(chart, withGap, []);
    expect(view.config.data.datasets[0]!.data).toEqual([12, null, 14]);
    expect(view.summary).toBe(
      'Example Corp sales growth. Jan–Mar 2024: 12%. Apr–Jun 2024: not stated (no briefing gives a figure). Jul–Sep 2024: 14%.',
    );
    expect(view.caption).toBe(
      'Reported values, Jan–Mar 2024 to Jul–Sep 2024; a period no briefing gives a figure for left empty.',
    );
  });
});

describe('buildCompanyChartView', () => {
  const view = buildCompanyChartView(chart, points, ['Example Corp results, 1 July 2024']);

  test('is a compact column chart, captioned with its basis and span, crediting its sources', () => {
    expect(view.kind).toBe('column');
    expect(view.config.type).toBe('bar');
    expect(view.rows).toBe(companyChartRows);
    expect(view.caption).toBe(
      'Estimates and projections, the latest for each period (no two periods have reported values), Jan–Mar 2024 to Apr–Jun 2024.',
    );
    expect(view.sourceLine).toBe('Source: Example Corp results, 1 July 2024.');
  });

  test('names the basis of a series of projections alone', () => {
    const projected = buildCompanyChartView(
      chart,
      [
        point(growth('q1', 12, 'projected'), 'Jan–Mar 2024', 'The quarter to 31 March 2024'),
        point(growth('q2', 9.5, 'projected'), 'Apr–Jun 2024', 'The quarter to 30 June 2024'),
      ],
      [],
    );
    expect(projected.caption).toMatch(/^Projections, the latest for each period/);
  });

  test('summarises every column for a screen reader, with a projection named as one', () => {
    expect(view.summary).toBe(
      'Example Corp sales growth. Jan–Mar 2024: 12% (estimate). Apr–Jun 2024: 9.5% (projected).',
    );
  });

  test('prints its picture at the page address, in light and dark', () => {
    expect(view.printImage.path).toBe('/companies/example-corp/charts/sales-growth.png');
    expect(view.pictures.narrow.dark.path).toBe('/companies/example-corp/charts/sales-growth-narrow-dark.png');
    expect(view.darkConfig.data.datasets[0]!.data).toEqual([12, 9.5]);
  });
});

describe('a company chart outside its page', () => {
  test('has an embed page, a CSV and credited pictures beside its own, and names its company there', () => {
    const view = buildCompanyChartView({ ...chart, title: 'Sales growth' }, points, []);
    expect(view.csvPath).toBe('/companies/example-corp/charts/sales-growth.csv');
    expect(view.embed).toMatchObject({
      page: '/embed/companies/example-corp/sales-growth/',
      oembed: '/embed/companies/example-corp/sales-growth/oembed.json',
      source: '/companies/example-corp/#chart-sales-growth',
      title: 'Example Corp: Sales growth',
      downloads: {
        light: '/companies/example-corp/charts/sales-growth-download.png',
        dark: '/companies/example-corp/charts/sales-growth-download-dark.png',
      },
    });
  });
});
