import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test, vi } from 'vitest';
import { cachedPng as cachedPngIn } from '../../../src/lib/images/cached-png.ts';

// A cache folder of the test's own, so builds running meanwhile are neither seen nor disturbed.
const dir = join(mkdtempSync(join(tmpdir(), 'image-cache-')), 'images');
const cachedPng = (input: unknown, render: () => Buffer) => cachedPngIn(input, render, dir);
const input = { test: 'cached-png' };
const drawing = (name: string) => Buffer.from(name);
const ownEntries = () => (existsSync(dir) ? readdirSync(dir) : []).filter((file) => file.endsWith('.png'));

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('cachedPng', () => {
  test('draws an image the first time its input is seen and keeps it in the cache folder', () => {
    const render = vi.fn(() => drawing('first'));
    expect(cachedPng(input, render)).toEqual(drawing('first'));
    expect(render).toHaveBeenCalledTimes(1);
    expect(ownEntries()).toEqual([expect.stringMatching(/^[0-9a-f]{64}\.png$/)]);
  });

  test('returns the kept image for an equal input without drawing again', () => {
    const render = vi.fn(() => drawing('second'));
    expect(cachedPng({ ...input }, render)).toEqual(drawing('first'));
    expect(render).not.toHaveBeenCalled();
  });

  test('draws again for a different input and keeps both', () => {
    const render = vi.fn(() => drawing('other'));
    expect(cachedPng({ ...input, variant: 2 }, render)).toEqual(drawing('other'));
    expect(render).toHaveBeenCalledTimes(1);
    expect(ownEntries()).toHaveLength(2);
  });

  test('leaves no temporary file of this process behind', () => {
    const partial = readdirSync(dir).filter((file) => file.endsWith(`.${process.pid}.tmp`));
    expect(partial).toEqual([]);
  });
});

describe('imageCacheDir', () => {
  /** The folder as the module reads it at load, with BRIEFING_IMAGE_CACHE set to `value`. */
  async function cacheDirWith(value: string): Promise<string> {
    vi.stubEnv('BRIEFING_IMAGE_CACHE', value);
    vi.resetModules();
    try {
      return (await import('../../../src/lib/images/cached-png.ts')).imageCacheDir;
    } finally {
      vi.unstubAllEnvs();
    }
  }

  test('moves to the folder BRIEFING_IMAGE_CACHE names', async () => {
    expect(await cacheDirWith(dir)).toBe(dir);
  });

  test('defaults to a folder git ignores, so cached images are never committed', async () => {
    const fallback = await cacheDirWith('');
    const ignored = spawnSync('git', ['check-ignore', '--no-index', '-q', join(fallback, 'image.png')]);
    expect(ignored.status).toBe(0);
  });
});
