import { describe, expect, test } from 'vitest';
import { fitChart } from '../../../src/lib/chart/fit-layout.ts';
import { fitAt, fittedOptions } from '../../support/fitting.ts';
import { buildTimeChartConfig } from '../../../src/lib/chart/time-chart.ts';
import { fitColumns, periodsToName } from '../../../src/lib/chart/fit-columns.ts';
import { fitColumnsWith } from '../../../src/lib/chart/fit-layout.ts';
import { tortureColumns } from '../../fixtures/torture-charts.ts';

fitColumnsWith(fitColumns);

describe('fitColumns, through fitChart', () => {
  test('wraps period names before the year and prints them smaller when they cannot sit side by side', () => {
    const fitted = fitChart(buildTimeChartConfig(tortureColumns), fitAt(273, true));
    expect(fitted.data.labels![0]).toEqual(['Jan–Mar', '2023']);
    expect(fittedOptions(fitted).scales.x!.ticks).toMatchObject({
      autoSkip: false,
      maxRotation: 0,
      font: { size: 12 },
    });
    const wide = fitChart(buildTimeChartConfig(tortureColumns), fitAt(1_400, false));
    expect(wide.data.labels![0]).toBe('Jan–Mar 2023');
  });

  test('leaves headroom above the tallest column for its label, and ends on a round tick', () => {
    const { y } = fittedOptions(fitChart(buildTimeChartConfig(tortureColumns), fitAt(653, false))).scales;
    expect(y!.max).toBeGreaterThan(48.9);
    expect(y!.min).toBeLessThan(-8.7);
    expect(Number.isInteger(Math.round((y!.max / y!.ticks.stepSize) * 1e6) / 1e6)).toBe(true);
  });
});

describe('periodsToName', () => {
  test('names every period with a value before any empty one, the ends first, none overprinting another', () => {
    // Four periods 40 px apart with names 50 px wide: two can be named, and the last has a value.
    expect([...periodsToName([50, 50, 50, 50], [true, false, false, true], 40)].sort()).toEqual([0, 3]);
    // Only the middle two have values: they go first, and only one of them fits beside the other.
    expect([...periodsToName([50, 50, 50, 50], [false, true, false, true], 40)].sort()).toEqual([1, 3]);
  });

  test('fills the room left with empty periods and skips a name that would touch its neighbour', () => {
    expect([...periodsToName([30, 30, 30, 30, 30], [true, false, false, false, true], 40)].sort()).toEqual([
      0, 1, 2, 3, 4,
    ]);
    expect([...periodsToName([36, 36, 36], [true, true, true], 40)].sort()).toEqual([0, 2]);
  });

  test('through fitColumns at a phone width, a period with a value beside a run of empty ones keeps its name', () => {
    const sparse = {
      ...tortureColumns,
      series: [
        {
          ...tortureColumns.series[0]!,
          points: tortureColumns.series[0]!.points.map((p, i) => ([0, 5, 9].includes(i) ? p : null)),
        },
      ],
    };
    const fitted = fitChart(buildTimeChartConfig(sparse), fitAt(273, true));
    const ticks = fittedOptions(fitted).scales.x!.ticks as unknown as { callback: (v: number, i: number) => unknown };
    const printed = fitted.data
      .labels!.map((_, i) => ticks.callback(i, i))
      .map((l) => (Array.isArray(l) ? l.join(' ') : l));
    for (const i of [0, 5, 9]) expect(printed[i]).toBe(tortureColumns.categories[i]);
    expect(printed.filter(Boolean).length).toBeLessThan(10);
  });
});
