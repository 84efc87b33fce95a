import { describe, expect, test } from 'vitest';
import { resolveShownText } from '../../../src/lib/model/shown-text.ts';
import { buildBriefingView } from '../../../src/lib/view/briefing-view.ts';
import { lightChartTheme } from '../../../src/lib/chart/chart-style.ts';
import { renderShareImage, shareImageChartSize } from '../../../src/lib/images/render-share-image.ts';
import { buildGroupedBarConfig } from '../../../src/lib/chart/grouped-bar-chart.ts';
import { tortureGroups } from '../../fixtures/torture-charts.ts';
import { briefingShareImage, homeShareImage, sectionShareImage } from '../../../src/lib/view/share-image-spec.ts';
import { validateBriefingSource } from '../../../src/lib/validate/validate-briefing-source.ts';
import { readBriefingSource, realBriefingSlug } from '../../support/briefings.ts';
import { countNear, decodePng, pngSize } from '../../support/png.ts';

const validation = validateBriefingSource(readBriefingSource('rally'));
const view = buildBriefingView(realBriefingSlug, resolveShownText(validation.briefing!), validation.body);
const rallySection = view.sections.find((s) => s.charts.includes('rally'))!;
const withChart = sectionShareImage(view, rallySection.id);
const withFigure = briefingShareImage(view);
const white = '#ffffff';
const accent = '#0063a6';
/** Below the eyebrow and a one-line title: where the chart or key figure goes. */
const body = { y0: 200, y1: 520 };

describe('renderShareImage', () => {
  test('returns a 1200×630 PNG, the Open Graph size, with a chart, with a key figure and with neither', () => {
    for (const spec of [withChart, withFigure, homeShareImage(1)]) {
      expect(pngSize(renderShareImage(spec))).toEqual({ width: 1200, height: 630 });
    }
  });

  test('draws the section chart from the same config, bars included', async () => {
    expect(withChart.chart).toBeDefined();
    const pixels = await decodePng(renderShareImage(withChart));
    // The neutral bar colour appears nowhere on the card but in the chart.
    expect(countNear(pixels, lightChartTheme.neutral, { region: body })).toBeGreaterThan(5_000);
  });

  test('leaves the chart config it is given unchanged', () => {
    const before = JSON.parse(JSON.stringify(withChart.chart));
    renderShareImage(withChart);
    expect(withChart.chart).toStrictEqual(before);
  });

  test('renders the key figure large when there is no chart', async () => {
    expect(withFigure.chart).toBeUndefined();
    expect(withFigure.keyFigure).toBeDefined();
    const pixels = await decodePng(renderShareImage(withFigure));
    const bare = await decodePng(renderShareImage({ ...withFigure, keyFigure: undefined }));
    // The value is drawn in the accent colour at over 100px: thousands of pixels of it.
    expect(countNear(pixels, accent, { region: body })).toBeGreaterThan(10_000);
    expect(countNear(bare, accent, { region: body })).toBeLessThan(100);
    // No bars: only a few anti-aliased text edges come near the neutral bar colour.
    expect(countNear(pixels, lightChartTheme.neutral, { region: body })).toBeLessThan(200);
  });

  test('is white with a thin accent bar across the top', async () => {
    const pixels = await decodePng(renderShareImage(withFigure));
    expect(countNear(pixels, accent, { region: { y0: 0, y1: 4 } })).toBe(1200 * 4);
    expect(countNear(pixels, accent, { region: { y0: 20, y1: 40 } })).toBe(0);
    expect(countNear(pixels, white)).toBeGreaterThan(0.7 * 1200 * 630);
  });

  test('keeps a long title, eyebrow and subtitle inside the margins', async () => {
    const long = 'A title far too long for any card, repeated until it must be wrapped and cut short. ';
    const pixels = await decodePng(
      renderShareImage({
        eyebrow: long,
        title: long.repeat(4),
        subtitle: long.repeat(3),
        keyFigure: { value: '9.7%', label: long },
      }),
    );
    const rightMargin = { x0: 1200 - 48, y0: 10 };
    expect(countNear(pixels, white, { not: true, region: rightMargin })).toBe(0);
    expect(countNear(pixels, white, { not: true, region: { y0: 630 - 30 } })).toBe(0);
  });

  test('draws a longer title with more ink, so the title is really printed', async () => {
    const ink = async (title: string) =>
      countNear(await decodePng(renderShareImage({ ...withFigure, title })), white, { not: true, region: { y1: 200 } });
    expect(await ink('Alibaba and its long, long rally')).toBeGreaterThan((await ink('A')) + 2_000);
  });

  test('names the series of a chart of several above it, each after a swatch of its colour', async () => {
    const grouped = buildGroupedBarConfig(tortureGroups);
    const card = { title: 'Results', subtitle: 'A quarter', chart: grouped };
    const legendRow = { x0: 64, x1: 88, y0: 150, y1: 260 };
    const pixels = await decodePng(renderShareImage(card));
    // The first series' swatch is solid in its colour; the chart itself starts lower to make room.
    expect(countNear(pixels, lightChartTheme.series[0]!, { region: legendRow })).toBeGreaterThan(300);
    const single = { ...grouped, data: { ...grouped.data, datasets: grouped.data.datasets.slice(0, 1) } };
    const withoutLegend = await decodePng(renderShareImage({ ...card, chart: single }));
    expect(countNear(withoutLegend, lightChartTheme.series[0]!, { region: legendRow })).toBe(0);
    expect(shareImageChartSize(card).height).toBeLessThan(shareImageChartSize({ ...card, chart: single }).height);
  });
});
