import type { ChartPicture, ChartView } from '../view/chart-view.ts';
import { darkChartTheme } from '../chart/chart-style.ts';
import type { ShareImageSpec } from '../view/share-image-spec.ts';
import { createPngCache, imageCacheDir, type PngCache } from './cached-png.ts';
import { drawInWorker } from './draw-in-worker.ts';
import { chartDownloadPart, type ChartDownloadPart, type ImageJob } from './draw-image.ts';
import type { pictureVariants } from '../view/chart-view.ts';
import type { downloadVariants } from '../view/chart-embed.ts';

/** The build's images: cached by content in the cache folder, missing ones drawn on worker threads. */
export const pngCache: PngCache = createPngCache(imageCacheDir, drawInWorker);

/** A PNG as a static endpoint's response. */
export function pngResponse(png: Buffer): Response {
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
}

/** What a share image draws: the spec without its path and alt text, which the picture does not show. */
export function shareImageJob(spec: ShareImageSpec): ImageJob {
  const { eyebrow, title, subtitle, chart, keyFigure } = spec;
  return { shareImage: { eyebrow, title, subtitle, chart, keyFigure } };
}

/** What a chart's print image draws: the page's own configuration at the print size. */
export function printChartJob(chart: Pick<ChartView, 'config' | 'printImage'>): ImageJob {
  const { width, height, scale } = chart.printImage;
  return { printChart: chart.config, width, height, scale };
}

/** What one of a chart's no-script pictures draws: its light or dark configuration, wide or narrow. */
export function pictureJob(chart: Pick<ChartView, 'config' | 'darkConfig'>, picture: ChartPicture): ImageJob {
  const { width, height, scale, narrow, dark } = picture;
  return {
    printChart: dark ? chart.darkConfig : chart.config,
    width,
    height,
    scale,
    ...(narrow ? { narrow } : {}),
    ...(dark ? { background: darkChartTheme.background } : {}),
  };
}

/** What a chart's credited download draws: title, subtitle, the wide chart, source and credit. */
export function chartDownloadJob(
  chart: Pick<ChartView, 'embed' | 'caption' | 'sourceLine' | 'config' | 'darkConfig' | 'pictures'>,
  credit: string,
  dark: boolean,
): ImageJob {
  const { width, height } = chart.pictures.wide.light;
  return {
    chartDownload: {
      title: chart.embed.title,
      subtitle: chart.caption,
      source: chart.sourceLine,
      credit,
      chart: dark ? chart.darkConfig : chart.config,
      width,
      height,
      dark,
    },
  };
}

/** One of a chart's pictures: a variant that stands in for it on the page, or a credited download. */
export type ChartImage =
  { picture: (typeof pictureVariants)[number] } | { download: (typeof downloadVariants)[number] };

/** A job, and which picture of its answer an image is when the answer holds more than one. */
export interface ImageRequest {
  job: ImageJob;
  part?: ChartDownloadPart;
}

/**
 * What one of a chart's pictures draws. A wide picture and the download in its scheme are one
 * job (the chart drawn once, twice size), so both ask for the same answer and it is drawn once.
 */
export function chartImageRequest(
  chart: Pick<ChartView, 'embed' | 'caption' | 'sourceLine' | 'config' | 'darkConfig' | 'pictures'>,
  image: ChartImage,
  credit: string,
): ImageRequest {
  if ('download' in image) return { job: chartDownloadJob(chart, credit, image.download.dark), part: 'download' };
  const { narrow, dark } = image.picture;
  if (!narrow) return { job: chartDownloadJob(chart, credit, dark), part: 'picture' };
  return { job: pictureJob(chart, chart.pictures.narrow[dark ? 'dark' : 'light']) };
}

/** The image at site path `path` as a response, drawn once per distinct content; a failure names the path. */
export async function imageResponse(
  path: string,
  { job, part }: ImageRequest,
  cache: PngCache = pngCache,
): Promise<Response> {
  try {
    const answer = await cache.png(job);
    return pngResponse(part === undefined ? answer : chartDownloadPart(answer, part));
  } catch (error) {
    throw new Error(`Could not draw ${path}: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  }
}

/** The share image for a spec, served as PNG. */
export function shareImageResponse(spec: ShareImageSpec, cache: PngCache = pngCache): Promise<Response> {
  return imageResponse(spec.path, { job: shareImageJob(spec) }, cache);
}
