import { describe, expect, test } from 'vitest';
import type { PngCache } from '../../../src/lib/images/cached-png.ts';
import {
  imageResponse,
  pngResponse,
  printChartJob,
  shareImageJob,
  shareImageResponse,
} from '../../../src/lib/images/png-response.ts';
import { homeShareImage } from '../../../src/lib/view/share-image-spec.ts';
import { pngSize } from '../../support/png.ts';

describe('pngResponse', () => {
  test('serves the bytes unchanged as image/png', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);
    const response = pngResponse(png);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await response.arrayBuffer())).toEqual(png);
  });
});

describe('shareImageResponse', () => {
  test('serves the spec’s share image as a 1200×630 PNG', async () => {
    const response = await shareImageResponse(homeShareImage(1));
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(pngSize(new Uint8Array(await response.arrayBuffer()))).toEqual({ width: 1200, height: 630 });
  });
});

describe('imageResponse', () => {
  test('names the image’s path when it cannot be drawn', async () => {
    const failing: PngCache = {
      png: () => Promise.reject(new Error('"pie" is not a registered controller.')),
      drawAhead() {},
    };
    await expect(imageResponse('/og/home.png', { job: shareImageJob(homeShareImage(1)) }, failing)).rejects.toThrow(
      'Could not draw /og/home.png: "pie" is not a registered controller.',
    );
  });
});

describe('shareImageJob', () => {
  test('holds what the picture shows, not the path or alt text', () => {
    const spec = homeShareImage(2);
    expect(shareImageJob(spec)).toEqual({
      shareImage: {
        eyebrow: spec.eyebrow,
        title: spec.title,
        subtitle: spec.subtitle,
        chart: undefined,
        keyFigure: undefined,
      },
    });
  });
});

describe('printChartJob', () => {
  test('is the chart’s configuration at its print size', () => {
    const config = { type: 'bar' as const, data: { labels: [], datasets: [] } };
    const printImage = { path: '/x.png', width: 640, height: 166, scale: 2 };
    expect(printChartJob({ config, printImage })).toEqual({ printChart: config, width: 640, height: 166, scale: 2 });
  });
});
