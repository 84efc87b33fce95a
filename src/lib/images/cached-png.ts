import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Bump when the drawing code changes in a way the inputs do not show, to drop cached images. */
const rendererVersion = 1;

/**
 * Where rendered images are kept between builds, keyed by a hash of what they draw;
 * `BRIEFING_IMAGE_CACHE` moves it (the benchmark measures cold and warm builds in a folder of its own).
 */
export const imageCacheDir =
  process.env.BRIEFING_IMAGE_CACHE || join(process.cwd(), 'node_modules/.cache/briefing-images');

/**
 * Returns the PNG for `input`, drawing it only when no image for the same input was drawn before:
 * images are cached by content hash, so rebuilding unchanged briefings redraws nothing.
 */
export function cachedPng(input: unknown, render: () => Buffer, dir: string = imageCacheDir): Buffer {
  const key = createHash('sha256').update(JSON.stringify({ rendererVersion, input })).digest('hex');
  const file = join(dir, `${key}.png`);
  try {
    return readFileSync(file);
  } catch {
    const png = render();
    mkdirSync(dir, { recursive: true });
    // Written under a temporary name and renamed, so a concurrent build never reads half a file.
    const partial = `${file}.${process.pid}.tmp`;
    writeFileSync(partial, png);
    renameSync(partial, file);
    return png;
  }
}
