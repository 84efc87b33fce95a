import { describe, expect, test } from 'vitest';
import type { BarChart } from '../../../src/schemas/chart.ts';
import { briefingWithFigures } from '../../support/number-briefing.ts';
import { indexBriefing } from '../../../src/lib/model/briefing-index.ts';
import {
  chartRows,
  buildChartConfig,
  buildDataTable,
  barLabel,
  type ChartData,
} from '../../../src/lib/chart/bar-chart.ts';
import type { Briefing } from '../../../src/schemas/briefing.ts';
import { loadBriefing } from '../../support/briefings.ts';
import { darkChartTheme, lightChartTheme } from '../../../src/lib/chart/chart-style.ts';

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
      lower: true,
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

const index = indexBriefing(minimal);
const data = (id: string): ChartData => chartRows(minimal.charts.find((c) => c.id === id)! as BarChart, index);
const shares = data('share-gains');

describe('buildDataTable', () => {
  test('captions the table with the chart title', () => {
    expect(buildDataTable(shares).caption).toBe('Data for “Share gains this year”');
  });

  test('heads the names by what they are: companies and an index, companies alone, or measures', () => {
    expect(buildDataTable(shares).columns).toEqual(['Company or index', 'Value', 'Basis', 'Period', 'Note']);
    expect(buildDataTable(data('sales-growth')).columns[0]).toBe('Company');
    // Two figures of one company are named by their labels, so the column holds measures.
    const chart = minimal.charts.find((c) => c.id === 'share-gains')! as BarChart;
    const measures = { ...chart, items: [{ figure: 'example-share-gain' }, { figure: 'example-sales-growth' }] };
    const table = buildDataTable(chartRows(measures as BarChart, index));
    expect(table.columns[0]).toBe('Measure');
    expect(table.rows.map((r) => r.cells[0])).toEqual(['Example Corp share gain', 'Example Corp sales growth']);
  });

  test('calls a computed figure derived in its Basis column, as its label and the data files do', () => {
    const computed = { ...shares.rows[1]!, notes: ['derived: (52.4 − 50.1) / 50.1'] };
    const table = buildDataTable({ ...shares, rows: [computed] });
    expect(table.rows[0]!.cells.slice(1, 3)).toEqual(['25%', 'derived']);
    expect(barLabel(computed)).toBe('25% (derived)');
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
      if (chart.kind !== 'bar') continue;
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

const sales = data('sales-growth');

describe('buildChartConfig', () => {
  test('is pure: the same data gives an equal config and the data is left unchanged', () => {
    const before = structuredClone(shares);
    expect(buildChartConfig(shares)).toStrictEqual(buildChartConfig(data('share-gains')));
    expect(shares).toStrictEqual(before);
  });

  test('draws a horizontal bar chart', () => {
    const config = buildChartConfig(shares);
    expect(config.type).toBe('bar');
    expect(config.options?.indexAxis).toBe('y');
  });

  test("labels the categories with the rows' labels and the value axis with the unit", () => {
    const config = buildChartConfig(shares);
    expect(config.data.labels).toEqual(['Example Corp', 'Widget Index', 'Sample Inc', 'Demo Ltd']);
    expect(config.options?.scales?.x?.title).toMatchObject({ display: true, text: 'Percent' });
  });

  test('gives an unstated row no bar', () => {
    expect(buildChartConfig(shares).data.datasets[0]!.data).toEqual([40, 25, null, null]);
  });

  test('draws a floor ("more than") as solid as a measured bar and asks for its open end', () => {
    const [dataset] = buildChartConfig(shares).data.datasets;
    const { highlight, neutral } = lightChartTheme;
    expect(dataset!.backgroundColor).toEqual([highlight, neutral, neutral, neutral]);
    expect(dataset!.borderWidth).toEqual([0, 0, 0, 0]);
    expect(buildChartConfig(shares).options?.plugins?.valueLabels?.lowerBounds).toEqual([[true, false, false, false]]);
  });

  test('draws a ceiling ("at most") pale with a strong edge, and no open end', () => {
    const { briefing, chart } = briefingWithFigures([
      { id: 'cap', value: 25, precision: 'at-most', quote: 'at most 25%' },
      { id: 'other', value: 20, quote: '20%' },
    ]);
    const config = buildChartConfig(chartRows(chart, indexBriefing(briefing)));
    const { highlight, neutral } = lightChartTheme;
    expect(config.data.datasets[0]!.backgroundColor).toEqual([`${highlight}59`, neutral]);
    expect(config.data.datasets[0]!.borderWidth).toEqual([2, 0]);
    expect(config.options?.plugins?.valueLabels?.lowerBounds).toEqual([[false, false]]);
    expect(config.options?.plugins?.valueLabels?.labels).toEqual([['at most 25%', '20%']]);
  });

  test('colours the highlighted bar and the rest from the theme', () => {
    const [dataset] = buildChartConfig(sales, darkChartTheme).data.datasets;
    expect(dataset!.backgroundColor).toEqual([darkChartTheme.highlight, darkChartTheme.neutral]);
    expect(buildChartConfig(sales, darkChartTheme).options?.plugins?.valueLabels?.color).toBe(darkChartTheme.text);
  });

  test('passes the value labels, with "more than" and "projected", to the value-label plugin', () => {
    expect(buildChartConfig(shares).options?.plugins?.valueLabels).toEqual({
      labels: [['more than 40%', '25%', 'not stated (below Example Corp)', 'not stated (below Example Corp)']],
      bold: [0, 0],
      color: lightChartTheme.text,
      onSolid: lightChartTheme.background,
      offset: 0,
      lowerBounds: [[true, false, false, false]],
    });
    expect(buildChartConfig(sales).options?.plugins?.valueLabels?.labels).toEqual([
      ['12.5% (projected)', '8% (projected)'],
    ]);
  });

  test('starts the value axis at zero and leaves its bounds and ticks to the fitting', () => {
    expect(buildChartConfig(shares).options?.scales?.x).toMatchObject({ beginAtZero: true });
    expect(buildChartConfig(shares).options?.scales?.x).not.toHaveProperty('max');
    expect(buildChartConfig(shares).options?.layout).toBeUndefined();
  });

  test('names categories in full: the fitting wraps or lifts them by the room there is', () => {
    const config = buildChartConfig({
      ...sales,
      rows: sales.rows.map((r, i) => (i === 0 ? { ...r, label: 'Hang Seng Tech Index' } : r)),
    });
    expect(config.data.labels?.[0]).toBe('Hang Seng Tech Index');
  });

  test('is JSON-serialisable without loss', () => {
    for (const chart of [shares, sales]) {
      const config = buildChartConfig(chart);
      expect(JSON.parse(JSON.stringify(config))).toStrictEqual(config);
    }
  });
});

describe('barLabel', () => {
  test('prints a reported exact value alone', () => {
    expect(barLabel(shares.rows[1]!)).toBe('25%');
  });

  test("keeps a bound's words and adds a non-reported basis", () => {
    expect(barLabel(shares.rows[0]!)).toBe('more than 40%');
    expect(barLabel(sales.rows[0]!)).toBe('12.5% (projected)');
  });

  test("leaves out a basis the bar's name already says", () => {
    expect(barLabel({ ...sales.rows[0]!, label: 'Sales growth, as projected' })).toBe('12.5%');
    expect(barLabel({ ...sales.rows[0]!, label: 'Sales growth' })).toBe('12.5% (projected)');
  });

  test('says an unstated value is not stated, with the first part of its note', () => {
    expect(barLabel(shares.rows[3]!)).toBe('not stated (below Example Corp)');
  });
});

describe('buildChartConfig with bars both ways and ranges', () => {
  const moves = (() => {
    const { briefing, chart } = briefingWithFigures([
      { id: 'rise', value: 32, quote: 'rose 32%' },
      { id: 'fall', value: -52, quote: 'fell 52%' },
      { id: 'guide', value: -1, to: 4, quote: 'from −1% to 4%' },
    ]);
    return chartRows(chart, indexBriefing(briefing));
  })();
  const config = buildChartConfig(moves);

  test('draws a fall as a negative bar and a range as a floating bar', () => {
    expect(config.data.datasets[0]!.data).toEqual([32, -52, [-1, 4]]);
  });

  test('asks for a zero line when a bar goes below zero', () => {
    expect(config.options?.plugins?.valueLabels?.zeroLine).toBe(lightChartTheme.text);
    expect(buildChartConfig(sales).options?.plugins?.valueLabels).not.toHaveProperty('zeroLine');
  });

  test('prints a fall with its minus sign and a range with both ends', () => {
    expect(config.options?.plugins?.valueLabels?.labels).toEqual([['32%', '−52%', '−1% – 4%']]);
  });

  test('draws a range translucent with a border, like a bound', () => {
    expect(config.data.datasets[0]!.borderWidth).toEqual([0, 0, 2]);
  });

  test('titles the axis with the scale and currency of amounts', () => {
    const { briefing, chart } = briefingWithFigures([
      { id: 'rev', unit: 'currency', currency: 'CNY', scale: 'billion', value: 280.2, quote: '280.2 billion yuan' },
      { id: 'est', unit: 'currency', currency: 'CNY', scale: 'billion', value: 277.4, quote: '277.4 billion yuan' },
    ]);
    const amounts = buildChartConfig(chartRows(chart, indexBriefing(briefing)));
    expect(amounts.options?.scales?.x?.title).toMatchObject({ text: 'Billion Chinese yuan' });
    expect(amounts.data.datasets[0]!.data).toEqual([280.2, 277.4]);
  });
});
