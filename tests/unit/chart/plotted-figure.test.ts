import { describe, expect, test } from 'vitest';
import type { BarChart, GroupedBarChart, TimeChart } from '../../../src/schemas/chart.ts';
import { buildChartConfig, chartRows } from '../../../src/lib/chart/bar-chart.ts';
import {
  buildGroupedBarConfig,
  buildGroupedBarTable,
  groupedChartData,
} from '../../../src/lib/chart/grouped-bar-chart.ts';
import { buildTimeChartTable, buildTimeChartConfig, timeChartData } from '../../../src/lib/chart/time-chart.ts';
import { lightChartTheme as theme } from '../../../src/lib/chart/chart-style.ts';
import { plotFigure } from '../../../src/lib/chart/plotted-figure.ts';
import { indexBriefing } from '../../../src/lib/model/briefing-index.ts';
import type { Figure } from '../../../src/schemas/figure.ts';
import { loadBriefing } from '../../support/briefings.ts';

// tests/fixtures/briefings/ranges.mdx: an outlook of 14% to 16% (a range), growth of "nearly 10%"
// and "more than 11%" (a lower bound), drawn in a bar, a column, a line and a grouped-bar chart.
const briefing = loadBriefing('ranges');
const index = indexBriefing(briefing);
const chart = <T>(id: string) => briefing.charts.find((c) => c.id === id)! as T;
const figure = (id: string) => index.figures.get(id)!;
const same = (n: number) => n;
const pale = (hex: string) => `${hex}59`;

describe('plotFigure', () => {
  test('floats a range between its ends, low first', () => {
    expect(plotFigure(figure('cloud-growth-q2'), same)).toEqual({ kind: 'range', value: [14, 16] });
  });

  test('draws "nearly" to its value, as an exact figure', () => {
    expect(plotFigure(figure('cloud-growth-q1'), same)).toEqual({ kind: 'exact', value: 10 });
  });

  test('draws "more than" as a lower bound, and "up to" as an upper one', () => {
    expect(plotFigure(figure('sample-growth-q2'), same)).toEqual({ kind: 'bound', value: 11, lower: true });
    const upTo: Figure = { ...figure('sample-growth-q2'), precision: 'up-to' };
    expect(plotFigure(upTo, same)).toEqual({ kind: 'bound', value: 11, lower: false });
  });

  test('puts both ends of a range on the axis', () => {
    expect(plotFigure(figure('cloud-growth-q2'), (n) => n / 100)).toEqual({ kind: 'range', value: [0.14, 0.16] });
  });
});

describe('every chart kind draws a range between its ends and "nearly" as a value', () => {
  test('bar', () => {
    const rows = chartRows(chart<BarChart>('growth-bars'), index).rows;
    expect(rows.map((r) => [r.kind, r.value])).toEqual([
      ['range', [14, 16]],
      ['bound', 11],
    ]);
    const [dataset] = buildChartConfig({ ...chartRows(chart<BarChart>('growth-bars'), index) }).data.datasets;
    expect(dataset!.data).toEqual([[14, 16], 11]);
    // The range is pale and edged; the floor ("more than 11%") is solid, with an open end drawn past it.
    expect(dataset!.borderWidth).toEqual([2, 0]);
  });

  test('column', () => {
    const data = timeChartData(chart<TimeChart>('cloud-columns'), index);
    const [dataset] = buildTimeChartConfig(data).data.datasets;
    expect(dataset!.data).toEqual([10, [14, 16]]);
    // One series without a highlight: every column in the highlight colour, the range pale and edged.
    expect(dataset!.backgroundColor).toEqual([theme.highlight, pale(theme.highlight)]);
    expect(dataset!.borderWidth).toEqual([0, 2]);
    expect(buildTimeChartTable(data).rows.map((r) => r.cells)).toEqual([
      ['The quarter to 31 March 2025 (Q3 of fiscal 2025)', 'nearly 10%'],
      ['The quarter to 30 June 2025 (Q4 of fiscal 2025)', '14% – 16% (projected)'],
    ]);
  });

  test('line', () => {
    const data = timeChartData(chart<TimeChart>('cloud-lines'), index);
    const config = buildTimeChartConfig(data);
    expect(config.type).toBe('seriesLine');
    expect(config.data.datasets.map((d) => d.data)).toEqual([
      [10, [14, 16]],
      [9, 11],
    ]);
  });

  test('grouped bar', () => {
    const data = groupedChartData(chart<GroupedBarChart>('side-by-side'), index);
    const config = buildGroupedBarConfig(data);
    expect(config.data.datasets.map((d) => d.data)).toEqual([
      [10, [14, 16]],
      [9, 11],
    ]);
    // The first series is solid: its exact bar stays solid, its range turns pale and edged.
    expect(config.data.datasets[0]!.backgroundColor).toEqual([theme.series[0], pale(theme.series[0]!)]);
    expect(config.data.datasets[0]!.borderWidth).toEqual([0, 2]);
    // The second series is outlined: pale and edged throughout, the bound included.
    expect(config.data.datasets[1]!.borderWidth).toEqual([2, 2]);
    expect(buildGroupedBarTable(data).rows.map((r) => r.cells)).toEqual([
      ['Earlier quarter', 'nearly 10%', '9%'],
      ['Latest quarter', '14% – 16% (projected)', 'more than 11%'],
    ]);
  });
});
