import { describe, expect, test } from 'vitest';
import { fitChart, fitColumnsWith } from '../../../src/lib/chart/fit-layout.ts';
import { fitColumns } from '../../../src/lib/chart/fit-columns.ts';
import { buildChartConfig } from '../../../src/lib/chart/bar-chart.ts';
import { buildTimeChartConfig } from '../../../src/lib/chart/time-chart.ts';
import { chartFontFamily, measureText } from '../../../src/lib/images/canvas.ts';
import { tortureBars, tortureColumns } from '../../fixtures/torture-charts.ts';

const fit = { width: 653, height: 358, narrow: false, measure: measureText, family: chartFontFamily };

describe('fitChart', () => {
  test('fits horizontal bars itself and columns with the fitting it was given', () => {
    fitColumnsWith(fitColumns);
    const bars = fitChart(buildChartConfig(tortureBars), fit);
    expect((bars.options?.layout?.padding as { right: number }).right).toBeGreaterThan(8);
    const columns = fitChart(buildTimeChartConfig(tortureColumns), fit);
    expect(columns.options?.scales?.y).toMatchObject({ beginAtZero: true, grace: 0 });
  });
});
