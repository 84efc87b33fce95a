import { GlobalFonts } from '@napi-rs/canvas';
import { resolveShownText } from '../../../src/lib/model/shown-text.ts';
import type { ChartConfiguration, Plugin } from 'chart.js';
import { describe, expect, test } from 'vitest';
import { buildBriefingView } from '../../../src/lib/view/briefing-view.ts';
import { darkChartTheme, lightChartTheme } from '../../../src/lib/chart/chart-style.ts';
import { Chart, chartFontFamily, withChartCanvas } from '../../../src/lib/images/canvas.ts';
import { placeValueLabels, type ValueLabelOptions } from '../../../src/lib/chart/value-labels.ts';
import { renderChartPng } from '../../../src/lib/images/draw-image.ts';
import { validateBriefingSource } from '../../../src/lib/validate/validate-briefing-source.ts';
import { readBriefingSource, realBriefingSlug } from '../../support/briefings.ts';
import { countNear, decodePng, pixelAt, pngSize, type Pixels } from '../../support/png.ts';
import { buildChartConfig, chartRows } from '../../../src/lib/chart/bar-chart.ts';
import { indexBriefing } from '../../../src/lib/model/briefing-index.ts';
import { briefingWithFigures } from '../../support/number-briefing.ts';

const validation = validateBriefingSource(readBriefingSource('rally'));
const view = buildBriefingView(realBriefingSlug, resolveShownText(validation.briefing!), validation.body);
const charts = [...view.charts.values()];
const rally = view.charts.get('rally')!;
/** The page's chart size: 720 CSS pixels wide, 70 plus 48 a bar high (as in global.css). */
const pageSize = (rows: number) => ({ width: 720, height: 70 + 48 * rows });

describe('renderChartPng', () => {
  test('returns a PNG of width × scale by height × scale pixels', () => {
    expect(pngSize(renderChartPng(rally.config, { width: 600, height: 300 }))).toEqual({ width: 600, height: 300 });
    expect(pngSize(renderChartPng(rally.config, { width: 600, height: 300, scale: 2 }))).toEqual({
      width: 1200,
      height: 600,
    });
  });

  test('leaves the config it is given deep-equal to a copy made before', () => {
    const before = JSON.parse(JSON.stringify(rally.config));
    renderChartPng(rally.config, { width: 600, height: 300, scale: 2 });
    expect(rally.config).toStrictEqual(before);
    expect(Object.getOwnPropertyNames(rally.config.data.datasets[0]!.data)).not.toContain('_chartjs');
  });

  test('can draw the same config twice with the same result', () => {
    const first = renderChartPng(rally.config, { width: 600, height: 300 });
    expect(renderChartPng(rally.config, { width: 600, height: 300 }).equals(first)).toBe(true);
  });

  test('draws a chart the same after pictures of other sizes, schemes and scales (canvases are reused)', () => {
    const first = renderChartPng(rally.config, { width: 600, height: 300 });
    const other = charts.find((c) => c.id !== rally.id)!;
    renderChartPng(other.darkConfig, { width: 900, height: 500, scale: 2, background: darkChartTheme.background });
    renderChartPng(rally.config, { width: 320, height: 700, narrow: true });
    expect(renderChartPng(rally.config, { width: 600, height: 300 }).equals(first)).toBe(true);
  });

  test.each(charts.map((c) => [c.id, c] as const))(
    'draws the briefing chart %s with its bars and labels',
    async (_id, chart) => {
      const png = renderChartPng(chart.config, { ...pageSize(chart.rows), scale: 2 });
      const pixels = await decodePng(png);
      expect(pixels.width).toBe(1440);
      // Far more than a blank image (0) or stray axis lines: bars, ticks and value labels.
      expect(countNear(pixels, lightChartTheme.background, { not: true })).toBeGreaterThan(10_000);
      expect(countNear(pixels, lightChartTheme.highlight)).toBeGreaterThan(1_000);
    },
  );

  test.each(charts.map((c) => [c.id, c] as const))(
    'cuts off no value label of chart %s at the right edge',
    async (_id, chart) => {
      const pixels = await decodePng(renderChartPng(chart.config, { ...pageSize(chart.rows), scale: 2 }));
      const edge = { x0: pixels.width - 4, x1: pixels.width };
      expect(countNear(pixels, lightChartTheme.background, { not: true, region: edge })).toBe(0);
    },
  );

  test('prints the value labels, including "not stated" beside the rows with no bar, inside the picture', () => {
    const { config, rows } = rally;
    const values = config.data.datasets[0]!.data;
    const labels = config.options?.plugins?.valueLabels?.labels?.[0] ?? [];
    expect(values.filter((v) => v === null).length).toBeGreaterThan(0);
    const size = pageSize(rows);
    const placed = withChartCanvas(config, size, (canvas) => {
      const chart = Chart.getChart(canvas as unknown as HTMLCanvasElement)!;
      return placeValueLabels(chart, chart.options.plugins!.valueLabels as ValueLabelOptions);
    });
    expect(placed.map((p) => p.text).sort()).toEqual(labels.map(String).sort());
    expect(placed.filter((p) => p.text.startsWith('not stated')).length).toBe(values.filter((v) => v === null).length);
    for (const { box } of placed) {
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.right).toBeLessThanOrEqual(size.width);
    }
  });

  test('fills the background with white by default and with the colour given', async () => {
    const light = await decodePng(renderChartPng(rally.config, { width: 300, height: 200 }));
    expect(pixelAt(light, 0, 0)).toEqual([255, 255, 255, 255]);
    const dark = await decodePng(
      renderChartPng(rally.darkConfig, { width: 300, height: 200, background: darkChartTheme.background }),
    );
    expect(pixelAt(dark, 0, 0)).toEqual([0x11, 0x15, 0x19, 255]);
  });

  test('draws every piece of text, value labels included, in the bundled font', () => {
    const fonts = new Set<string>();
    // Records each font the chart sets on its context while drawing.
    const spy: Plugin = {
      id: 'fontSpy',
      beforeDraw({ ctx }) {
        const font = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(ctx), 'font')!;
        Object.defineProperty(ctx, 'font', {
          configurable: true,
          get: () => font.get!.call(ctx),
          set: (value: string) => {
            fonts.add(value);
            font.set!.call(ctx, value);
          },
        });
      },
    };
    renderChartPng({ ...rally.config, plugins: [spy] } as ChartConfiguration, { width: 600, height: 300 });
    expect(GlobalFonts.has(chartFontFamily)).toBe(true);
    expect(fonts).toContain(`600 13px ${chartFontFamily}`);
    expect([...fonts].every((f) => f.endsWith(` ${chartFontFamily}`))).toBe(true);
  });

  describe('a chart of a rise and a fall', () => {
    const { briefing, chart } = briefingWithFigures([
      { id: 'rise', value: 32, quote: 'rose 32%' },
      { id: 'fall', value: -52, quote: 'fell 52%' },
    ]);
    const config = buildChartConfig(chartRows(chart, indexBriefing(briefing)));
    const unlabelled = {
      ...config,
      options: {
        ...config.options,
        plugins: { barValueLabels: { labels: ['', ''], highlightIndex: 0, color: '#000000' } },
      },
    } as ChartConfiguration;
    const size = { width: 600, height: 200 };
    /** Columns (x) at which the two images differ within rows y0 to y1. */
    const differing = (a: Pixels, b: Pixels, y0: number, y1: number) => {
      const xs: number[] = [];
      for (let y = y0; y < y1; y++)
        for (let x = 0; x < a.width; x++) if (pixelAt(a, x, y).join() !== pixelAt(b, x, y).join()) xs.push(x);
      return xs;
    };
    /** Columns (x) where a colour fills a bar's height (not just a stray pixel of text) within rows y0 to y1. */
    const columnsOf = (pixels: Pixels, hex: string, y0: number, y1: number) => {
      const xs: number[] = [];
      for (let x = 0; x < pixels.width; x++)
        if (countNear(pixels, hex, { region: { x0: x, x1: x + 1, y0, y1 } }) > 10) xs.push(x);
      return xs;
    };

    test('prints the rise right of its bar, the fall left of its bar, and draws the zero line', async () => {
      const labelled = await decodePng(renderChartPng(config, size));
      const bare = await decodePng(renderChartPng(unlabelled, size));
      const half = size.height / 2;
      const riseBar = columnsOf(bare, lightChartTheme.highlight, 0, half);
      const fallBar = columnsOf(bare, lightChartTheme.neutral, half, size.height - 30);
      const riseDiff = differing(labelled, bare, 0, half);
      const fallDiff = differing(labelled, bare, half, size.height - 30);
      expect(riseBar.length).toBeGreaterThan(0);
      expect(fallBar.length).toBeGreaterThan(0);
      // The zero line runs down the plot between the two bars; the labels sit beyond the bar ends.
      const zero = Math.max(...fallBar);
      expect(riseDiff.filter((x) => x > Math.max(...riseBar)).length).toBeGreaterThan(20);
      expect(fallDiff.filter((x) => x < Math.min(...fallBar)).length).toBeGreaterThan(20);
      expect(riseDiff.filter((x) => Math.abs(x - zero) > 2 && x < Math.max(...riseBar))).toEqual([]);
      expect(fallDiff.filter((x) => Math.abs(x - zero) > 2 && x > Math.min(...fallBar))).toEqual([]);
      expect(riseDiff.some((x) => Math.abs(x - zero) <= 2)).toBe(true);
    });
  });
});
