import { describe, expect, test } from 'vitest';
import type { FitOptions } from '../../../src/lib/chart/fit-common.ts';
import { fitChart } from '../../../src/lib/chart/fit-layout.ts';
import type { ValueLabelOptions } from '../../../src/lib/chart/value-labels.ts';
import { chartFontFamily, measureText } from '../../../src/lib/images/canvas.ts';
import { buildTimeChartConfig } from '../../../src/lib/chart/time-chart.ts';
import { fitColumns } from '../../../src/lib/chart/fit-columns.ts';
import { fitColumnsWith } from '../../../src/lib/chart/fit-layout.ts';
import { tortureColumns } from '../../fixtures/torture-charts.ts';

fitColumnsWith(fitColumns);

const at = (width: number, narrow: boolean, height = 646): FitOptions => ({
  width,
  height,
  narrow,
  measure: measureText,
  family: chartFontFamily,
});
type Options = {
  layout: { padding: { right: number } };
  scales: Record<
    string,
    {
      min: number;
      max: number;
      beginAtZero: boolean;
      ticks: { display?: boolean; stepSize: number; callback: (v: number) => string; font?: { size: number } };
    }
  >;
  plugins: { valueLabels: ValueLabelOptions };
};
const optionsOf = (config: { options?: unknown }) => config.options as Options;

describe('fitColumns, through fitChart', () => {
  test('wraps period names before the year and prints them smaller when they cannot sit side by side', () => {
    const fitted = fitChart(buildTimeChartConfig(tortureColumns), at(273, true));
    expect(fitted.data.labels![0]).toEqual(['Jan–Mar', '2023']);
    expect(optionsOf(fitted).scales.x!.ticks).toMatchObject({ autoSkip: true, maxRotation: 0, font: { size: 12 } });
    const wide = fitChart(buildTimeChartConfig(tortureColumns), at(1_400, false));
    expect(wide.data.labels![0]).toBe('Jan–Mar 2023');
  });

  test('leaves headroom above the tallest column for its label, and ends on a round tick', () => {
    const { y } = optionsOf(fitChart(buildTimeChartConfig(tortureColumns), at(653, false))).scales;
    expect(y!.max).toBeGreaterThan(48.9);
    expect(y!.min).toBeLessThan(-8.7);
    expect(Number.isInteger(Math.round((y!.max / y!.ticks.stepSize) * 1e6) / 1e6)).toBe(true);
  });
});
