import { Chart } from 'chart.js';
import { describe, expect, test } from 'vitest';
import { useTimeChartPieces } from '../../../src/lib/chart/time-chart-pieces.ts';
import { fitChart } from '../../../src/lib/chart/fit-layout.ts';
import { buildTimeChartConfig } from '../../../src/lib/chart/time-chart.ts';
import { tortureLines } from '../../fixtures/torture-charts.ts';

describe('useTimeChartPieces', () => {
  test('gives Chart.js the line controller and fitChart the fitting of lines', () => {
    useTimeChartPieces(Chart);
    expect(Chart.registry.getController('seriesLine')).toBeDefined();
    const fitted = fitChart(buildTimeChartConfig(tortureLines), {
      width: 273,
      height: 358,
      narrow: true,
      measure: (text) => text.length * 7,
      family: 'sans-serif',
    });
    expect(fitted.data.labels![0]).toEqual(['Jan–Mar', '2023']);
  });
});
