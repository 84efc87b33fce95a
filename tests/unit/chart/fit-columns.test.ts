import { describe, expect, test } from 'vitest';
import { fitChart } from '../../../src/lib/chart/fit-layout.ts';
import { fitAt, fittedOptions } from '../../support/fitting.ts';
import { buildTimeChartConfig } from '../../../src/lib/chart/time-chart.ts';
import { fitColumns } from '../../../src/lib/chart/fit-columns.ts';
import { fitColumnsWith } from '../../../src/lib/chart/fit-layout.ts';
import { tortureColumns } from '../../fixtures/torture-charts.ts';

fitColumnsWith(fitColumns);

describe('fitColumns, through fitChart', () => {
  test('wraps period names before the year and prints them smaller when they cannot sit side by side', () => {
    const fitted = fitChart(buildTimeChartConfig(tortureColumns), fitAt(273, true));
    expect(fitted.data.labels![0]).toEqual(['Jan–Mar', '2023']);
    expect(fittedOptions(fitted).scales.x!.ticks).toMatchObject({ autoSkip: true, maxRotation: 0, font: { size: 12 } });
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
