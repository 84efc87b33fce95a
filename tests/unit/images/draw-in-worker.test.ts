import { join } from 'node:path';
import { resolveShownText } from '../../../src/lib/model/shown-text.ts';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { drawImage, type ImageJob } from '../../../src/lib/images/draw-image.ts';
import { drawInWorker, drawWorkerUrl } from '../../../src/lib/images/draw-in-worker.ts';
import { printChartJob, shareImageJob } from '../../../src/lib/images/png-response.ts';
import { buildBriefingView } from '../../../src/lib/view/briefing-view.ts';
import { briefingShareImage, homeShareImage, sectionShareImage } from '../../../src/lib/view/share-image-spec.ts';
import { validateBriefingSource } from '../../../src/lib/validate/validate-briefing-source.ts';
import { readBriefingSource } from '../../support/briefings.ts';
import { pngSize } from '../../support/png.ts';

const validation = validateBriefingSource(readBriefingSource('rally'));
const view = buildBriefingView('alibaba-ai-rally', resolveShownText(validation.briefing!), validation.body);
const chartSection = view.sections.find((s) => s.charts.length > 0)!;
const jobs: [string, ImageJob][] = [
  ['a share image with a chart', shareImageJob(sectionShareImage(view, chartSection.id))],
  ['a share image with a key figure', shareImageJob(briefingShareImage(view))],
  ['a share image with text only', shareImageJob(homeShareImage(3))],
  ...[...view.charts.values()].map((c): [string, ImageJob] => [`the print image of chart ${c.id}`, printChartJob(c)]),
];

describe('drawInWorker', () => {
  test.each(jobs)('draws %s byte for byte as the main thread does', async (_, job) => {
    const png = await drawInWorker(job).result;
    expect(Buffer.isBuffer(png)).toBe(true);
    expect(png.equals(drawImage(job))).toBe(true);
  });

  test('draws many jobs at once, each its own picture', async () => {
    const titled = Array.from({ length: 8 }, (_, i) =>
      shareImageJob({ ...homeShareImage(i + 1), title: `Image ${i}` }),
    );
    const pngs = await Promise.all(titled.map((job) => drawInWorker(job, { later: true }).result));
    pngs.forEach((png, i) => expect(png.equals(drawImage(titled[i]!))).toBe(true));
    expect(new Set(pngs.map((png) => png.toString('base64'))).size).toBe(8);
    pngs.forEach((png) => expect(pngSize(png)).toEqual({ width: 1200, height: 630 }));
  });

  test('rejects a job that cannot be drawn with the drawing’s own error', async () => {
    const [, chartJob] = jobs.find(([name]) => name.startsWith('the print image'))!;
    const pie = { ...chartJob, printChart: { ...(chartJob as { printChart: object }).printChart, type: 'pie' } };
    await expect(drawInWorker(pie as ImageJob).result).rejects.toThrow('"pie" is not a registered controller.');
  });
});

describe('drawWorkerUrl', () => {
  test('is the worker module beside this one when running from source', () => {
    const url = drawWorkerUrl();
    expect(fileURLToPath(url)).toBe(join(import.meta.dirname, '../../../src/lib/images/draw-worker.ts'));
  });

  test('is found from the project root when running from a bundled chunk', () => {
    const url = drawWorkerUrl('file:///site/dist.staging/.prerender/chunks/png-response_abc.mjs', '/site');
    expect(fileURLToPath(url)).toBe('/site/src/lib/images/draw-worker.ts');
  });
});
