import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ImageJob } from './draw-image.ts';
import type { PoolTask } from './worker-pool.ts';

/**
 * Bump when the drawing or layout code changes in a way the inputs do not show, to drop cached
 * images and layout checks.
 */
const rendererVersion = 11;

/**
 * Where rendered images are kept between builds, keyed by a hash of what they draw;
 * `BRIEFING_IMAGE_CACHE` moves it (the benchmark measures cold and warm builds in a folder of its own).
 */
export const imageCacheDir =
  process.env.BRIEFING_IMAGE_CACHE || join(process.cwd(), 'node_modules/.cache/briefing-images');

/** Draws one job; `later` puts it behind the images already asked for. */
export type DrawJob = (job: ImageJob, options: { later: boolean }) => PoolTask<Buffer>;

export interface PngCache {
  /**
   * The PNG for a job: read from the cache folder, taken from a drawing of the same job already
   * under way, or drawn now. Equal jobs are drawn once, however many ask at the same time.
   */
  png(job: ImageJob): Promise<Buffer>;
  /** Starts drawing the jobs that are not cached yet, behind every image asked for with `png`. */
  drawAhead(jobs: Iterable<ImageJob>): void;
}

/** The cache file's name: a hash of the job and the renderer version. */
export function pngCacheKey(job: ImageJob): string {
  return createHash('sha256')
    .update(JSON.stringify({ rendererVersion, input: job }))
    .digest('hex');
}

/** A cached answer's file: a picture's `.png`, a layout check's `.json`, a download's pictures' `.pngs`. */
export const cacheFileName = (job: ImageJob, key: string) =>
  `${key}.${'layoutCheck' in job ? 'json' : 'chartDownload' in job ? 'pngs' : 'png'}`;

const missing = (error: unknown) => (error as NodeJS.ErrnoException).code === 'ENOENT';

/** A PNG cache in `dir` whose missing images are drawn with `draw`. */
export function createPngCache(dir: string, draw: DrawJob): PngCache {
  /** Images being looked up or drawn, by key; each settles to its PNG, or to nothing when it was found on disk ahead of time. */
  const underWay = new Map<string, { result: Promise<Buffer | undefined>; hurry(): void }>();
  /**
   * The folder, made once for the images the cache keeps (a build keeps thousands), and made again
   * when it is gone (removed while the dev server runs) or could not be made.
   */
  let folder: Promise<unknown> | undefined;
  const makeFolder = () =>
    (folder ??= mkdir(dir, { recursive: true }).catch((error: unknown) => {
      folder = undefined;
      throw error;
    }));
  const keep = async (file: string, png: Buffer) => {
    await makeFolder();
    // Written under a temporary name and renamed, so a concurrent build never reads half a file.
    const partial = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    await writeFile(partial, png);
    await rename(partial, file);
  };

  async function drawAndKeep(
    job: ImageJob,
    file: string,
    later: () => boolean,
    started: (task: PoolTask<Buffer>) => void,
  ) {
    const task = draw(job, { later: later() });
    started(task);
    const png = await task.result;
    await keep(file, png).catch(async (error: unknown) => {
      if (!missing(error)) throw error;
      folder = undefined;
      await keep(file, png);
    });
    return png;
  }

  /** Registers the lookup before its first await, so a second request for the key finds it. */
  function start(job: ImageJob, key: string, ahead: boolean) {
    const file = join(dir, cacheFileName(job, key));
    let later = ahead;
    let task: PoolTask<Buffer> | undefined;
    const started = (t: PoolTask<Buffer>) => (task = t);
    const lookUp = async (): Promise<Buffer | undefined> => {
      try {
        if (ahead) {
          await stat(file);
          return undefined;
        }
        return await readFile(file);
      } catch (error) {
        if (!missing(error)) throw error;
      }
      return drawAndKeep(job, file, () => later, started);
    };
    const entry = {
      result: lookUp().finally(() => underWay.delete(key)),
      hurry() {
        later = false;
        task?.hurry();
      },
    };
    underWay.set(key, entry);
    return entry;
  }

  return {
    async png(job) {
      const key = pngCacheKey(job);
      const pending = underWay.get(key);
      pending?.hurry();
      const png = await (pending ?? start(job, key, false)).result;
      return png ?? readFile(join(dir, cacheFileName(job, key)));
    },
    drawAhead(jobs) {
      for (const job of jobs) {
        const key = pngCacheKey(job);
        // A failure here reaches the page that asks for the image.
        if (!underWay.has(key)) start(job, key, true).result.catch(() => undefined);
      }
    },
  };
}
