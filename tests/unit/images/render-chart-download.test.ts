import { describe, expect, test } from 'vitest';
import { resolveShownText } from '../../../src/lib/model/shown-text.ts';
import { buildBriefingView } from '../../../src/lib/view/briefing-view.ts';
import { darkChartTheme, lightChartTheme } from '../../../src/lib/chart/chart-style.ts';
import {
  chartDownloadSize,
  downloadScale,
  renderChartDownload,
  type ChartDownloadContent,
} from '../../../src/lib/images/render-chart-download.ts';
import { chartDownloadJob } from '../../../src/lib/images/png-response.ts';
import { validateBriefingSource } from '../../../src/lib/validate/validate-briefing-source.ts';
import { readBriefingSource, realBriefingSlug } from '../../support/briefings.ts';
import { countNear, decodePng, pngSize } from '../../support/png.ts';

const validation = validateBriefingSource(readBriefingSource('rally'));
const view = buildBriefingView(realBriefingSlug, resolveShownText(validation.briefing!), validation.body);
const rally = view.charts.get('rally')!;
const content = (dark: boolean) =>
  (
    chartDownloadJob(rally, 'Chart: Investor Briefings · example.com/briefings/x/#chart-rally', dark) as {
      chartDownload: ChartDownloadContent;
    }
  ).chartDownload;

describe('renderChartDownload', () => {
  test('is twice its CSS size: the chart’s picture width plus padding, taller by its text', () => {
    const size = chartDownloadSize(content(false));
    expect(size.width).toBe(rally.pictures.wide.light.width + 32);
    expect(size.height).toBeGreaterThan(rally.pictures.wide.light.height + 100);
    expect(pngSize(renderChartDownload(content(false)))).toEqual({
      width: size.width * downloadScale,
      height: size.height * downloadScale,
    });
  });

  test('draws on the scheme’s page colour, the chart’s bars included, in light and in dark', async () => {
    for (const [dark, theme] of [
      [false, lightChartTheme],
      [true, darkChartTheme],
    ] as const) {
      const pixels = await decodePng(renderChartDownload(content(dark)));
      expect(countNear(pixels, theme.background)).toBeGreaterThan(pixels.width * pixels.height * 0.5);
      expect(countNear(pixels, theme.neutral)).toBeGreaterThan(5_000);
      // The title, source and credit lines are drawn in the scheme's text colours.
      expect(countNear(pixels, theme.muted, { tolerance: 24 })).toBeGreaterThan(1_000);
    }
  });

  test('a longer subtitle or source makes the picture taller, never cuts the chart', () => {
    const base = content(false);
    const longer = { ...base, source: `${base.source} ${'More words about where it comes from. '.repeat(4)}` };
    expect(chartDownloadSize(longer).height).toBeGreaterThan(chartDownloadSize(base).height);
  });

  test('leaves the chart config it is given unchanged', () => {
    const before = JSON.parse(JSON.stringify(rally.config));
    renderChartDownload(content(false));
    expect(rally.config).toStrictEqual(before);
  });
});
