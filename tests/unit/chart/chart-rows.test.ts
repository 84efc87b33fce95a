import type { BarChart } from '../../../src/schemas/chart.ts';
import { describe, expect, test } from 'vitest';
import { briefingWithFigures } from '../../support/number-briefing.ts';
import { indexBriefing } from '../../../src/lib/model/briefing-index.ts';
import { chartRows } from '../../../src/lib/chart/chart-rows.ts';
import type { Briefing } from '../../../src/schemas/briefing.ts';
import { loadBriefing } from '../../support/briefings.ts';

const minimal = loadBriefing('minimal');
const real = loadBriefing('rally');

function rowsOf(briefing: Briefing, chartId: string) {
  const chart = briefing.charts.find((c) => c.id === chartId)! as BarChart;
  return chartRows(chart, indexBriefing(briefing));
}

describe('chartRows', () => {
  test("keeps the chart's id and title, and titles its axis with the unit", () => {
    expect(rowsOf(minimal, 'share-gains')).toMatchObject({
      id: 'share-gains',
      title: 'Share gains this year',
      axisTitle: 'Percent',
    });
  });

  test('makes a row per item, in order, labelled by entity name', () => {
    expect(rowsOf(minimal, 'share-gains').rows.map((r) => [r.id, r.label])).toEqual([
      ['example-share-gain', 'Example Corp'],
      ['index-share-gain', 'Widget Index'],
      ['sample-inc', 'Sample Inc'],
      ['demo-ltd', 'Demo Ltd'],
    ]);
  });

  test('draws a lower bound as a bound row that says so', () => {
    expect(rowsOf(minimal, 'share-gains').rows[0]).toEqual({
      id: 'example-share-gain',
      label: 'Example Corp',
      kind: 'bound',
      value: 40,
      display: 'more than 40%',
      basis: 'reported',
      notes: ['lower bound', 'the source gives no exact number'],
      period: 'This year',
      highlight: true,
      entityUrl: '/companies/example-corp/',
    });
  });

  test('draws an exact figure as an exact row with no note', () => {
    expect(rowsOf(minimal, 'share-gains').rows[1]).toMatchObject({
      kind: 'exact',
      value: 25,
      display: '25%',
      notes: [],
      highlight: false,
    });
  });

  test('gives an unstated entity no value and a note naming the leader', () => {
    expect(rowsOf(minimal, 'share-gains').rows[2]).toEqual({
      id: 'sample-inc',
      label: 'Sample Inc',
      kind: 'unstated',
      value: null,
      display: 'Not stated',
      basis: null,
      notes: ['below Example Corp', 'the source gives no number'],
      period: 'This year',
      highlight: false,
      entityUrl: '/companies/sample-inc/',
    });
  });

  test('notes a projected figure as projected', () => {
    expect(rowsOf(minimal, 'sales-growth').rows.map((r) => [r.display, r.basis, r.notes])).toEqual([
      ['12.5%', 'projected', ['projected']],
      ['8%', 'projected', ['projected']],
    ]);
  });

  test('calls an upper bound an upper bound', () => {
    const briefing = structuredClone(minimal);
    briefing.figures.find((f) => f.id === 'sample-sales-growth')!.precision = 'less-than';
    expect(rowsOf(briefing, 'sales-growth').rows[1]).toMatchObject({
      kind: 'bound',
      display: 'less than 8%',
      notes: ['projected', 'upper bound', 'the source gives no exact number'],
    });
  });

  test('labels bars by figure when two bars describe the same entity', () => {
    expect(rowsOf(real, 'valuation').rows.map((r) => r.label)).toEqual([
      'Alibaba forward P/E',
      'Alibaba five-year average P/E',
    ]);
  });

  test('places an unstated entity by the leads claim whose leader is on this chart', () => {
    // A first leads claim over Demo Ltd on another metric must not decide the share-gain row.
    const briefing = structuredClone(minimal);
    briefing.claims.unshift({
      id: 'sales-led-demo',
      kind: 'leads',
      statement: "Example Corp's sales will outgrow Demo Ltd's.",
      figure: 'example-sales-growth',
      over: ['demo-ltd'],
    });
    expect(rowsOf(briefing, 'share-gains').rows[3]).toMatchObject({
      notes: ['below Example Corp', 'the source gives no number'],
      period: 'This year',
    });
  });
});

describe('chartRows with amounts, falls and ranges', () => {
  test('draws amounts in the scale of the largest, and titles the axis with scale and currency', () => {
    const { briefing, chart } = briefingWithFigures([
      { id: 'cloud', unit: 'currency', currency: 'USD', scale: 'billion', value: 4.3, quote: 'US$4.3 billion' },
      { id: 'ads', unit: 'currency', currency: 'USD', scale: 'million', value: 500, quote: '$500 million' },
    ]);
    const data = chartRows(chart, indexBriefing(briefing));
    expect(data.axisTitle).toBe('Billion US dollars');
    expect(data.rows.map((r) => [r.value, r.display])).toEqual([
      [4.3, 'US$4.3 billion'],
      [0.5, 'US$500 million'],
    ]);
  });

  test('keeps a fall negative and a range as its two ends', () => {
    const { briefing, chart } = briefingWithFigures([
      { id: 'fall', value: -12, quote: 'down 12%' },
      { id: 'guide', value: 2, to: 4, quote: '2% to 4%' },
    ]);
    const data = chartRows(chart, indexBriefing(briefing));
    expect(data.rows.map((r) => [r.kind, r.value, r.display])).toEqual([
      ['exact', -12, '−12%'],
      ['range', [2, 4], '2% – 4%'],
    ]);
    expect(data.rows[1]!.notes).toEqual(['a range: the bar spans its two ends']);
  });

  test('draws basis points in basis points beside percentage points converted to them', () => {
    const { briefing, chart } = briefingWithFigures([
      { id: 'bp', unit: 'basis-points', value: 800, quote: '800 basis points' },
      { id: 'pp', unit: 'percentage-points', value: 1.5, quote: '1.5 points' },
    ]);
    const data = chartRows(chart, indexBriefing(briefing));
    expect(data.axisTitle).toBe('Basis points');
    expect(data.rows.map((r) => r.value)).toEqual([800, 150]);
  });

  test('draws "up to" as a bound and "nearly" as a value', () => {
    const { briefing, chart } = briefingWithFigures([
      { id: 'peak', value: 11, precision: 'up-to', quote: 'as much as 11%' },
      { id: 'near', value: 80, precision: 'nearly', quote: 'nearly 80%' },
    ]);
    const data = chartRows(chart, indexBriefing(briefing));
    expect(data.rows.map((r) => [r.kind, r.display])).toEqual([
      ['bound', 'up to 11%'],
      ['exact', 'nearly 80%'],
    ]);
  });
});
