import { describe, expect, test } from 'vitest';
import { indexBriefing } from '../../../src/lib/model/briefing-index.ts';
import { chartRows } from '../../../src/lib/chart/chart-rows.ts';
import type { Briefing } from '../../../src/schemas/briefing.ts';
import { loadBriefing } from '../../support/briefings.ts';

const minimal = loadBriefing('minimal');
const real = loadBriefing('real');

function rowsOf(briefing: Briefing, chartId: string) {
  const chart = briefing.charts.find((c) => c.id === chartId)!;
  return chartRows(chart, indexBriefing(briefing));
}

describe('chartRows', () => {
  test("keeps the chart's id, title and unit", () => {
    expect(rowsOf(minimal, 'share-gains')).toMatchObject({
      id: 'share-gains',
      title: 'Share gains this year',
      unit: 'percent',
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
