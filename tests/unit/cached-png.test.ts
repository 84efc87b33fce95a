import { randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test, vi } from 'vitest';
import { cachedPng, imageCacheDir } from '../../src/lib/cached-png.ts';

// The cache folder is shared with builds that may run meanwhile, so this test finds (and removes)
// only its own entries: each stands in for a PNG with bytes that carry this run's nonce.
const nonce = randomUUID();
const input = { test: 'cached-png', nonce };
const drawing = (name: string) => Buffer.from(`${name} ${nonce}`);
const ownEntries = () =>
  (existsSync(imageCacheDir) ? readdirSync(imageCacheDir) : []).filter(
    (file) => file.endsWith('.png') && readFileSync(join(imageCacheDir, file)).includes(nonce),
  );

afterAll(() => {
  for (const file of ownEntries()) rmSync(join(imageCacheDir, file), { force: true });
});

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
    const partial = readdirSync(imageCacheDir).filter((file) => file.endsWith(`.${process.pid}.tmp`));
    expect(partial).toEqual([]);
  });
});
