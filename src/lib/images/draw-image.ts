import type { ChartConfiguration } from 'chart.js';
import { renderChartPng } from './render-chart-png.ts';
import { renderShareImage, type ShareImageContent } from './render-share-image.ts';

/**
 * One image to draw, as plain data: it is hashed for the image cache and posted to a worker
 * thread as it is, so it holds no functions.
 */
export type ImageJob =
  { shareImage: ShareImageContent } | { printChart: ChartConfiguration; width: number; height: number; scale: number };

/** Draws a job to PNG bytes on the calling thread. */
export function drawImage(job: ImageJob): Buffer {
  if ('shareImage' in job) return renderShareImage(job.shareImage);
  const { printChart, width, height, scale } = job;
  return renderChartPng(printChart, { width, height, scale });
}
