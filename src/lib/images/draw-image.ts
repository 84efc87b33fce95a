import type { ChartConfiguration } from 'chart.js';
import { lightChartTheme } from '../chart/chart-style.ts';
import { canvasToPng } from './encode-png.ts';
import { withChartCanvas, type ChartCanvasOptions } from './canvas.ts';
import { renderShareImage, type ShareImageContent } from './render-share-image.ts';
import { layoutProblems, type LayoutSize } from './check-layout.ts';
import { renderChartDownload, type ChartDownloadContent } from './render-chart-download.ts';

/**
 * Draws a chart's config (the same one the page serialises) to PNG bytes at build time, for
 * print and static images. The image is width × scale by height × scale pixels, filled with the
 * light theme's page colour unless `background` says otherwise (pass the dark theme's
 * `background` with a dark config). The config passed in is left unchanged.
 */
export function renderChartPng(config: ChartConfiguration, options: ChartCanvasOptions): Buffer {
  const background = options.background ?? lightChartTheme.background;
  return withChartCanvas(config, { ...options, background }, canvasToPng);
}

/**
 * One image to draw, as plain data: it is hashed for the image cache and posted to a worker
 * thread as it is, so it holds no functions.
 */
export type ImageJob =
  | { shareImage: ShareImageContent }
  /**
   * A chart to download (titled, sourced and credited, twice its size) and the chart's wide picture
   * in the same scheme, from one drawing: the answer holds both (`chartDownloadParts`).
   */
  | { chartDownload: ChartDownloadContent }
  /** A layout check: the answer is the problems found at each size, as JSON, not a picture. */
  | { layoutCheck: ChartConfiguration; sizes: LayoutSize[] }
  | {
      printChart: ChartConfiguration;
      width: number;
      height: number;
      scale: number;
      /** Laid out as on a phone (names above their bars). */
      narrow?: boolean;
      /** Fill behind the chart; the light theme's page colour when absent. */
      background?: string;
    };

/** The pictures of a `chartDownload` job's answer, in order. */
export const chartDownloadParts = ['download', 'picture'] as const;
export type ChartDownloadPart = (typeof chartDownloadParts)[number];

/** Several PNGs as one answer (a job's answer is one run of bytes): each led by its length, 4 bytes big-endian. */
export function packImages(images: Buffer[]): Buffer {
  return Buffer.concat(
    images.flatMap((image) => {
      const length = Buffer.alloc(4);
      length.writeUInt32BE(image.length);
      return [length, image];
    }),
  );
}

/** The PNG at `index` in bytes `packImages` made. */
export function unpackImage(packed: Buffer, index: number): Buffer {
  let at = 0;
  for (let n = 0; at + 4 <= packed.length; n++) {
    const length = packed.readUInt32BE(at);
    if (at + 4 + length > packed.length) break;
    if (n === index) return packed.subarray(at + 4, at + 4 + length);
    at += 4 + length;
  }
  throw new Error(`The packed answer (${packed.length} bytes) has no picture ${index}`);
}

/** One picture of a `chartDownload` job's answer. */
export function chartDownloadPart(answer: Buffer, part: ChartDownloadPart): Buffer {
  return unpackImage(answer, chartDownloadParts.indexOf(part));
}

/** Draws a job to PNG bytes (or checks a layout) on the calling thread. */
export function drawImage(job: ImageJob): Buffer {
  if ('shareImage' in job) return renderShareImage(job.shareImage);
  if ('chartDownload' in job) {
    const images = renderChartDownload(job.chartDownload);
    return packImages(chartDownloadParts.map((part) => images[part]));
  }
  if ('layoutCheck' in job)
    return Buffer.from(
      JSON.stringify(job.sizes.map((size) => ({ size: size.name, problems: layoutProblems(job.layoutCheck, size) }))),
    );
  const { printChart, ...options } = job;
  return renderChartPng(printChart, options);
}
