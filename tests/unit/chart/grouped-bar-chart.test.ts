import { describe, expect, test } from 'vitest';
import type { GroupedBarChart } from '../../../src/schemas/chart.ts';
import {
  buildGroupedBarConfig,
  buildGroupedBarTable,
  groupedChartData,
} from '../../../src/lib/chart/grouped-bar-chart.ts';
import { buildTimeChartTable, timeChartData } from '../../../src/lib/chart/time-chart.ts';
import { lightChartTheme } from '../../../src/lib/chart/chart-style.ts';
import { indexBriefing } from '../../../src/lib/model/briefing-index.ts';
import { loadBriefing } from '../../support/briefings.ts';

const series = loadBriefing('series');
const index = indexBriefing(series);
const chart = series.charts.find((c) => c.id === 'against-estimates')! as GroupedBarChart;
const data = groupedChartData(chart, index);

describe('buildGroupedBarConfig', () => {
  test('is pure and JSON only', () => {
    const config = buildGroupedBarConfig(data);
    expect(buildGroupedBarConfig(data)).toEqual(config);
    expect(JSON.parse(JSON.stringify(config))).toEqual(config);
  });

  test('sets one dataset per series side by side in each group, as horizontal bars', () => {
    const config = buildGroupedBarConfig(data, lightChartTheme);
    expect(config.options?.indexAxis).toBe('y');
    expect(config.data.labels).toEqual(['Sales growth', 'Cloud margin']);
    expect(config.data.datasets.map((d) => [d.label, d.data])).toEqual([
      ['Reported', [12, 8]],
      ["Analysts' estimate", [10, 9]],
    ]);
  });

  test('tells the series apart by fill as well as colour: solid, then outlined', () => {
    const [reported, estimate] = buildGroupedBarConfig(data, lightChartTheme).data.datasets;
    expect(reported!.backgroundColor).toEqual([lightChartTheme.series[0], lightChartTheme.series[0]]);
    expect(reported!.borderWidth).toEqual([0, 0]);
    expect(estimate!.backgroundColor).toEqual([`${lightChartTheme.series[1]}59`, `${lightChartTheme.series[1]}59`]);
    expect(estimate!.borderWidth).toEqual([2, 2]);
  });

  test('prints every value, leaving out the basis its series name already says', () => {
    expect(buildGroupedBarConfig(data).options?.plugins?.valueLabels?.labels).toEqual([
      ['12%', '8%'],
      ['10%', '9%'],
    ]);
  });

  test('marks an estimate in a series whose name does not say it', () => {
    const renamed = groupedChartData({ ...chart, series: ['Reported', 'Other view'] }, index);
    expect(buildGroupedBarConfig(renamed).options?.plugins?.valueLabels?.labels).toEqual([
      ['12%', '8%'],
      ['10% (estimate)', '9% (estimate)'],
    ]);
  });

  test('asks for a zero line when a bar goes below zero, and for none otherwise', () => {
    const falling = {
      ...data,
      groups: [
        { label: 'Profit', points: [{ ...data.groups[0]!.points[0]!, value: -52 }, data.groups[0]!.points[1]!] },
      ],
    };
    expect(buildGroupedBarConfig(falling).options?.plugins?.valueLabels?.zeroLine).toBe(lightChartTheme.text);
    expect(buildGroupedBarConfig(data).options?.plugins?.valueLabels).not.toHaveProperty('zeroLine');
  });
});

describe('buildGroupedBarTable', () => {
  test('has a row per group and a column per series', () => {
    expect(buildGroupedBarTable(data)).toEqual({
      caption: 'Data for “Results against estimates”',
      columns: ['Category', 'Reported', "Analysts' estimate"],
      valuesOnly: true,
      rows: [
        { cells: ['Sales growth', '12%', '10%'], highlight: false, figure: 'sales-growth' },
        { cells: ['Cloud margin', '8%', '9%'], highlight: false, figure: 'cloud-margin' },
      ],
    });
  });
});

describe('buildTimeChartTable', () => {
  test('has a row per period, named in words, and a column per series', () => {
    const lines = timeChartData(series.charts.find((c) => c.id === 'cloud-lines')! as never, index);
    expect(buildTimeChartTable(lines)).toEqual({
      caption: 'Data for “Cloud revenue growth, Example and Sample”',
      columns: ['Period', 'Example Cloud', 'Sample Cloud'],
      valuesOnly: true,
      rows: [
        {
          cells: ['The quarter to 31 March 2025 (Q3 of fiscal 2025)', '10%', '9%'],
          highlight: false,
          figure: 'cloud-growth-q1',
        },
        {
          cells: ['The quarter to 30 June 2025 (Q4 of fiscal 2025)', '14%', '11%'],
          highlight: false,
          figure: 'cloud-growth-q2',
        },
      ],
    });
  });

  test('writes a dash for a period a series has no figure for, and marks the highlighted row', () => {
    const columns = timeChartData(series.charts.find((c) => c.id === 'cloud-columns')! as never, index);
    const gappy = { ...columns, series: [{ label: 'Example Cloud', points: [null, columns.series[0]!.points[1]!] }] };
    expect(buildTimeChartTable(gappy).rows.map((r) => [r.cells[1], r.highlight])).toEqual([
      ['—', false],
      ['14%', true],
    ]);
  });
});
