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
import { chartDownloadJob, chartImageRequest, pictureJob } from '../../../src/lib/images/png-response.ts';
import { pictureVariants } from '../../../src/lib/view/chart-view.ts';
import { downloadVariants } from '../../../src/lib/view/chart-embed.ts';
import { chartDownloadParts, drawImage, packImages, unpackImage } from '../../../src/lib/images/draw-image.ts';
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
    expect(pngSize(renderChartDownload(content(false)).download)).toEqual({
      width: size.width * downloadScale,
      height: size.height * downloadScale,
    });
  });

  test('draws on the scheme’s page colour, the chart’s bars included, in light and in dark', async () => {
    for (const [dark, theme] of [
      [false, lightChartTheme],
      [true, darkChartTheme],
    ] as const) {
      const pixels = await decodePng(renderChartDownload(content(dark)).download);
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

describe('the wide picture drawn with a download', () => {
  test.each([false, true])(
    'is byte for byte the wide picture drawn on its own (dark: %s), so the page and the download show one drawing',
    (dark) => {
      const alone = drawImage(pictureJob(rally, rally.pictures.wide[dark ? 'dark' : 'light']));
      expect(renderChartDownload(content(dark)).picture.equals(alone)).toBe(true);
    },
  );

  test('comes with the download in one answer, each picture found by its place', () => {
    const job = chartDownloadJob(rally, 'Chart: Investor Briefings · example.com/briefings/x/#chart-rally', false);
    const answer = drawImage(job);
    const { download, picture } = renderChartDownload(content(false));
    expect(unpackImage(answer, 0).equals(download)).toBe(true);
    expect(unpackImage(answer, 1).equals(picture)).toBe(true);
  });
});

describe('packImages and unpackImage', () => {
  const images = [Buffer.from('first'), Buffer.alloc(0), Buffer.from('third picture')];

  test('give back each image as it was packed', () => {
    const packed = packImages(images);
    expect(packed.length).toBe(4 * 3 + 5 + 0 + 13);
    images.forEach((image, n) => expect(unpackImage(packed, n).equals(image)).toBe(true));
  });

  test('name a picture the answer does not hold, and a cut answer', () => {
    expect(() => unpackImage(packImages(images), 3)).toThrow('The packed answer (30 bytes) has no picture 3');
    expect(() => unpackImage(packImages(images).subarray(0, 20), 2)).toThrow(
      'The packed answer (20 bytes) has no picture 2',
    );
  });
});

describe('chartImageRequest', () => {
  const credit = 'Chart: Investor Briefings · example.com/briefings/x/#chart-rally';
  /** The PNG a request is answered with, as the image routes serve it. */
  const served = ({ job, part }: ReturnType<typeof chartImageRequest>) =>
    part === undefined ? drawImage(job) : unpackImage(drawImage(job), chartDownloadParts.indexOf(part));

  test.each(pictureVariants.map((variant) => [variant.suffix || '(wide light)', variant] as const))(
    'the picture %s is the one drawn alone for it',
    (_suffix, variant) => {
      const picture = rally.pictures[variant.narrow ? 'narrow' : 'wide'][variant.dark ? 'dark' : 'light'];
      const request = chartImageRequest(rally, { picture: variant }, credit);
      // Wide pictures come with the download in their scheme; narrow ones are drawn alone.
      expect('chartDownload' in request.job).toBe(!variant.narrow);
      expect(served(request).equals(drawImage(pictureJob(rally, picture)))).toBe(true);
    },
  );

  test.each(downloadVariants.map((variant) => [variant.suffix, variant] as const))(
    'the download %s is the credited picture in its scheme',
    (_suffix, variant) => {
      const request = chartImageRequest(rally, { download: variant }, credit);
      expect(served(request).equals(renderChartDownload(content(variant.dark)).download)).toBe(true);
    },
  );
});
