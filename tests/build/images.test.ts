import { readdirSync, readFileSync } from 'node:fs';
import { resolveShownText } from '../../src/lib/model/shown-text.ts';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { cacheFileName, pngCacheKey } from '../../src/lib/images/cached-png.ts';
import { drawImage, unpackImage, type ImageJob } from '../../src/lib/images/draw-image.ts';
import { pictureJob, printChartJob, shareImageJob } from '../../src/lib/images/png-response.ts';
import { buildBriefingView } from '../../src/lib/view/briefing-view.ts';
import { briefingShareImage, homeShareImage, sectionShareImage } from '../../src/lib/view/share-image-spec.ts';
import { validateBriefingSource } from '../../src/lib/validate/validate-briefing-source.ts';
import { readBriefingSource, realBriefingSlug as slug } from '../support/briefings.ts';
import { buildSite, projectRoot } from '../support/build-site.ts';
import { tempDir } from '../support/temp-dir.ts';

const work = tempDir('briefing-images-');
const outDir = join(work, 'dist');
// An empty cache of the build's own, so every image is drawn by this build, on its worker threads.
const cacheDir = join(work, 'image-cache');
const { briefing, body } = validateBriefingSource(readBriefingSource('real'));
const view = buildBriefingView(slug, resolveShownText(briefing!), body);
const briefingCount = readdirSync(join(projectRoot, 'content/briefings')).filter((f) => f.endsWith('.mdx')).length;

/** Every image the real briefing's build publishes: its site path and what it draws. */
const images: [string, ImageJob][] = [
  ...[...view.charts.values()].map((c): [string, ImageJob] => [c.printImage.path, printChartJob(c)]),
  ...[...view.charts.values()].flatMap((c) =>
    [c.pictures.wide.dark, c.pictures.narrow.light, c.pictures.narrow.dark].map((p): [string, ImageJob] => [
      p.path,
      pictureJob(c, p),
    ]),
  ),
  ...[
    briefingShareImage(view),
    ...view.sections.map((s) => sectionShareImage(view, s.id)),
    homeShareImage(briefingCount),
  ].map((spec): [string, ImageJob] => [spec.path, shareImageJob(spec)]),
];

beforeAll(() => {
  const result = buildSite(outDir, { env: { BRIEFING_IMAGE_CACHE: cacheDir } });
  if (result.status !== 0) throw new Error(`build failed:\n${result.output}`);
});

describe('the built images', () => {
  test.each(images)('%s is byte for byte what drawing on the main thread gives', (path, job) => {
    expect(readFileSync(join(outDir, path)).equals(drawImage(job))).toBe(true);
  });

  test('are kept in the image cache, each drawing in one file named by the hash of what it draws', () => {
    const builtFiles = readdirSync(outDir, { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.png'));
    const built = builtFiles.map((f) => readFileSync(join(outDir, f)).toString('base64'));
    // A picture alone in its file, or a download with its chart's wide picture, packed.
    const kept = readdirSync(cacheDir)
      .filter((f) => /\.pngs?$/.test(f))
      .flatMap((f) => {
        const bytes = readFileSync(join(cacheDir, f));
        return (f.endsWith('.pngs') ? [unpackImage(bytes, 0), unpackImage(bytes, 1)] : [bytes]).map((b) =>
          b.toString('base64'),
        );
      });
    const narrowAndShared = images.filter(([, job]) => !('printChart' in job && !job.narrow));
    expect(readdirSync(cacheDir)).toEqual(
      expect.arrayContaining(narrowAndShared.map(([, job]) => cacheFileName(job, pngCacheKey(job)))),
    );
    expect(new Set(kept)).toEqual(new Set(built));
    // Every wide picture is drawn with its download, never alone.
    expect(readdirSync(cacheDir).filter((f) => f.endsWith('.pngs')).length).toBe(
      builtFiles.filter((f) => f.includes('-download')).length,
    );
    const wide = [...view.charts.values()].flatMap((c) =>
      [c.pictures.wide.light, c.pictures.wide.dark].map((p) => pictureJob(c, p)),
    );
    for (const job of wide) expect(readdirSync(cacheDir)).not.toContain(cacheFileName(job, pngCacheKey(job)));
  });

  test("keep each chart's layout check beside its pictures, as JSON naming every size it was drawn at", () => {
    const checks = readdirSync(cacheDir).filter((f) => f.endsWith('.json'));
    expect(checks.length).toBeGreaterThanOrEqual(view.charts.size);
    for (const check of checks) {
      const sizes = (JSON.parse(readFileSync(join(cacheDir, check), 'utf8')) as { size: string }[]).map((s) => s.size);
      expect(sizes.slice(0, 5)).toEqual([
        'a 320 px screen',
        'a 390 px screen',
        'a 768 px screen',
        'a 1366 px screen',
        'the print picture',
      ]);
    }
  });
});
