import { describe, expect, test } from 'vitest';
import { resolveShownText } from '../../../src/lib/model/shown-text.ts';
import { chartRegistrables } from '../../../src/lib/chart/chart-registrables.ts';
import { darkChartTheme, lightChartTheme } from '../../../src/lib/chart/chart-style.ts';
import { lineRegistrables, SeriesLineController } from '../../../src/lib/chart/series-line-controller.ts';
import { renderChartPng } from '../../../src/lib/images/draw-image.ts';
import { buildBriefingView } from '../../../src/lib/view/briefing-view.ts';
import { validateBriefingSource } from '../../../src/lib/validate/validate-briefing-source.ts';
import { readBriefingSource } from '../../support/briefings.ts';
import { countNear, decodePng } from '../../support/png.ts';

const validation = validateBriefingSource(readBriefingSource('series'));
const view = buildBriefingView('series', resolveShownText(validation.briefing!), validation.body);
const size = (rows: number) => ({ width: 640, height: 70 + 48 * rows });

describe('the chart registrables', () => {
  test('keep the line controller out of the pieces every chart loads', () => {
    expect(chartRegistrables).not.toContain(SeriesLineController);
    expect(lineRegistrables).toEqual([SeriesLineController]);
    expect(SeriesLineController.id).toBe('seriesLine');
  });
});

describe('renderChartPng for charts over time and grouped bars', () => {
  test.each([...view.charts.values()].map((c) => [c.id, c] as const))(
    'draws chart %s in each series colour, in light and dark',
    async (_id, chart) => {
      const light = await decodePng(renderChartPng(chart.config, size(chart.rows)));
      const dark = await decodePng(
        renderChartPng(chart.darkConfig, { ...size(chart.rows), background: darkChartTheme.background }),
      );
      const colours = chart.legend.length > 0 ? chart.legend.map((e) => e.series) : [0];
      for (const i of colours) {
        const lightColour = chart.legend.length > 0 ? lightChartTheme.series[i]! : lightChartTheme.highlight;
        const darkColour = chart.legend.length > 0 ? darkChartTheme.series[i]! : darkChartTheme.highlight;
        expect(countNear(light, lightColour), `light series ${i}`).toBeGreaterThan(150);
        expect(countNear(dark, darkColour), `dark series ${i}`).toBeGreaterThan(150);
      }
    },
  );

  test('draws a line chart as lines and markers, not as bars', async () => {
    const chart = view.charts.get('cloud-lines')!;
    const pixels = await decodePng(renderChartPng(chart.config, size(chart.rows)));
    // Two lines with four markers cover far less of the plot than four filled columns would.
    const ink = countNear(pixels, lightChartTheme.series[0]!);
    expect(ink).toBeGreaterThan(150);
    expect(ink).toBeLessThan(5_000);
  });
});

describe('renderChartPng for a range', () => {
  const ranges = validateBriefingSource(readBriefingSource('ranges'));
  const rangesView = buildBriefingView('ranges', resolveShownText(ranges.briefing!), ranges.body);

  test('floats a range column between its ends, and draws an exact column from zero', async () => {
    const chart = rangesView.charts.get('cloud-columns')!;
    const { width, height } = size(chart.rows);
    const pixels = await decodePng(renderChartPng(chart.config, { width, height, scale: 1 }));
    // Just above the axis: the exact column (left half) is inked, the range column (right half)
    // leaves the page colour showing, as it starts at its low end rather than at zero.
    const band = { y0: height - 45, y1: height - 41 };
    const left = countNear(pixels, lightChartTheme.highlight, { region: { x0: 0, x1: width / 2, ...band } });
    const right = countNear(pixels, lightChartTheme.background, {
      not: true,
      region: { x0: width / 2, x1: width, ...band },
    });
    expect(left).toBeGreaterThan(100);
    expect(right).toBe(0);
  });
});
