import { describe, expect, test } from 'vitest';
import { indexBriefing } from '../../../src/lib/model/briefing-index.ts';
import { buildChartConfig } from '../../../src/lib/chart/build-chart-config.ts';
import { buildDataTable } from '../../../src/lib/chart/build-data-table.ts';
import { chartRows } from '../../../src/lib/chart/chart-rows.ts';
import { loadBriefing } from '../../support/briefings.ts';

const minimal = loadBriefing('minimal');
const index = indexBriefing(minimal);
const shares = chartRows(
  minimal.charts.find((c) => c.id === 'share-gains')!,
  index,
);

describe('buildDataTable', () => {
  test('captions the table with the chart title', () => {
    expect(buildDataTable(shares).caption).toBe('Data for “Share gains this year”');
  });

  test('has the same columns for every chart', () => {
    expect(buildDataTable(shares).columns).toEqual(['Company or index', 'Value', 'Basis', 'Period', 'Note']);
  });

  test('lists the rows the chart draws, with the same numbers', () => {
    expect(buildDataTable(shares).rows).toEqual([
      {
        cells: [
          'Example Corp',
          'more than 40%',
          'reported',
          'This year',
          'lower bound; the source gives no exact number',
        ],
        highlight: true,
        figure: 'example-share-gain',
        labelHref: '/companies/example-corp/',
      },
      {
        cells: ['Widget Index', '25%', 'reported', 'This year', '—'],
        highlight: false,
        figure: 'index-share-gain',
        labelHref: '/companies/widget-index/',
      },
      {
        cells: ['Sample Inc', 'Not stated', '—', 'This year', 'below Example Corp; the source gives no number'],
        highlight: false,
        labelHref: '/companies/sample-inc/',
      },
      {
        cells: ['Demo Ltd', 'Not stated', '—', 'This year', 'below Example Corp; the source gives no number'],
        highlight: false,
        labelHref: '/companies/demo-ltd/',
      },
    ]);
  });

  test('matches the chart config row for row in every chart', () => {
    for (const chart of minimal.charts) {
      const data = chartRows(chart, index);
      const table = buildDataTable(data);
      const config = buildChartConfig(data);
      expect(table.rows.map((r) => r.cells[0])).toEqual(config.data.labels);
      expect(table.rows.map((r) => r.cells[1])).toEqual(data.rows.map((r) => r.display));
      expect(table.rows.map((r) => r.highlight)).toEqual(data.rows.map((r) => r.highlight));
      // Every number the chart draws appears in the table's value cell.
      config.data.datasets[0]!.data.forEach((value, i) => {
        if (value !== null) expect(table.rows[i]!.cells[1]).toContain(String(value));
      });
    }
  });

  test('fills an empty period with a dash', () => {
    const rows = shares.rows.map((r) => ({ ...r, period: '' }));
    expect(buildDataTable({ ...shares, rows }).rows.map((r) => r.cells[3])).toEqual(['—', '—', '—', '—']);
  });
});
