import { describe, expect, test } from 'vitest';
import type { TimeChart } from '../../../src/schemas/chart.ts';
import { buildTimeChartConfig, timeChartData } from '../../../src/lib/chart/time-chart.ts';
import { darkChartTheme, lightChartTheme } from '../../../src/lib/chart/chart-style.ts';
import { indexBriefing } from '../../../src/lib/model/briefing-index.ts';
import { loadBriefing } from '../../support/briefings.ts';

const series = loadBriefing('series');
const index = indexBriefing(series);
const data = (id: string) => timeChartData(series.charts.find((c) => c.id === id)! as TimeChart, index);
const columns = data('cloud-columns');
const lines = data('cloud-lines');

describe('timeChartData', () => {
  test('lays the periods out oldest first and names each series after its entity', () => {
    expect(lines.categories).toEqual(['Jan–Mar 2025', 'Apr–Jun 2025']);
    expect(lines.periods).toEqual([
      'The quarter to 31 March 2025 (Q3 of fiscal 2025)',
      'The quarter to 30 June 2025 (Q4 of fiscal 2025)',
    ]);
    expect(lines.series.map((s) => s.label)).toEqual(['Example Cloud', 'Sample Cloud']);
    expect(lines.series[1]!.points.map((p) => p?.value)).toEqual([9, 11]);
  });

  test('leaves a period a series has no figure for empty, and lines up periods across fiscal calendars', () => {
    const chart = {
      ...(series.charts[1] as TimeChart),
      series: [{ figures: ['cloud-growth-q2'] }, { figures: ['sample-growth-q1', 'sample-growth-q2'] }],
    };
    const gappy = timeChartData(chart, index);
    expect(gappy.series[0]!.points.map((p) => p?.figure ?? null)).toEqual([null, 'cloud-growth-q2']);
  });
});

describe('buildTimeChartConfig', () => {
  test('is pure: the same data gives an equal config, which survives JSON', () => {
    const config = buildTimeChartConfig(columns);
    expect(buildTimeChartConfig(columns)).toEqual(config);
    expect(JSON.parse(JSON.stringify(config))).toEqual(config);
  });

  test('draws a single series as columns, the highlighted one in the highlight colour and bold', () => {
    const config = buildTimeChartConfig(columns, lightChartTheme);
    expect(config.type).toBe('bar');
    expect(config.data.labels).toEqual(['Jan–Mar 2025', 'Apr–Jun 2025']);
    const [dataset] = config.data.datasets;
    expect(dataset!.data).toEqual([10, 14]);
    expect(dataset!.backgroundColor).toEqual([lightChartTheme.neutral, lightChartTheme.highlight]);
    expect(config.options?.plugins?.valueLabels).toEqual({
      labels: [['10%', '14%']],
      color: lightChartTheme.text,
      onSolid: lightChartTheme.background,
      offset: 0,
      bold: [0, 1],
      lowerBounds: [[false, false]],
    });
    expect(config.options?.scales?.y).toMatchObject({ beginAtZero: true, title: { text: 'Percent' } });
  });

  test('draws lines that differ in dash and marker as well as colour', () => {
    const config = buildTimeChartConfig(lines, darkChartTheme);
    expect(config.type).toBe('seriesLine');
    const datasets = config.data.datasets as unknown as { borderColor: string; borderDash: number[]; marker: string }[];
    expect(datasets.map((d) => d.borderColor)).toEqual(darkChartTheme.series.slice(0, 2));
    expect(datasets.map((d) => d.borderDash)).toEqual([[], [8, 4]]);
    expect(datasets.map((d) => d.marker)).toEqual(['circle', 'square']);
    expect(config.options?.plugins?.valueLabels?.offset).toBeGreaterThan(0);
  });

  test('does not animate: it takes the place of its picture as the picture showed it', () => {
    expect(buildTimeChartConfig(lines).options?.animation).toBe(false);
  });

  test('marks a figure that is not reported, and draws a floor solid with an open end', () => {
    const estimate = {
      ...columns,
      series: [
        {
          label: 'Example Cloud',
          points: [
            {
              figure: 'a',
              value: 10,
              display: 'more than 10%',
              label: 'more than 10% (estimate)',
              kind: 'bound' as const,
              lower: true,
            },
          ],
        },
      ],
      categories: ['Jan–Mar 2025'],
      highlight: undefined,
    };
    const config = buildTimeChartConfig(estimate);
    const [dataset] = config.data.datasets;
    expect(dataset!.borderWidth).toEqual([0]);
    expect(dataset!.backgroundColor).toEqual([lightChartTheme.highlight]);
    expect(config.options?.plugins?.valueLabels?.labels).toEqual([['more than 10% (estimate)']]);
    expect(config.options?.plugins?.valueLabels?.lowerBounds).toEqual([[true]]);
  });
});
