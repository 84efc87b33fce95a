import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test, vi } from 'vitest';
import { createPngCache, pngCacheKey, type DrawJob } from '../../../src/lib/images/cached-png.ts';
import type { ImageJob } from '../../../src/lib/images/draw-image.ts';

// Cache folders of the test's own, so builds running meanwhile are neither seen nor disturbed.
const root = mkdtempSync(join(tmpdir(), 'image-cache-'));
const dir = join(root, 'images');
let folders = 0;
const newDir = () => join(root, `images-${++folders}`);
const job = (title: string): ImageJob => ({ shareImage: { title, subtitle: 'as of today' } });
const pngs = (dir: string) => (existsSync(dir) ? readdirSync(dir) : []).filter((file) => file.endsWith('.png'));

/** A drawing function whose tasks finish only when told to, recording what it was asked and how. */
function controlledDraw() {
  const calls: { title: string; later: boolean; hurried: number; finish(): void; fail(e: Error): void }[] = [];
  const draw = vi.fn<DrawJob>((j, { later }) => {
    let finish!: () => void;
    let fail!: (e: Error) => void;
    const title = 'shareImage' in j ? j.shareImage.title : 'chart';
    const result = new Promise<Buffer>((resolve, reject) => {
      finish = () => resolve(Buffer.from(`png of ${title}`));
      fail = reject;
    });
    const call = { title, later, hurried: 0, finish, fail };
    calls.push(call);
    return { result, hurry: () => call.hurried++ };
  });
  return { draw, calls };
}

/** Lets pending file-system callbacks and promise reactions run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('createPngCache', () => {
  test('draws an image the first time its job is seen and keeps it in the cache folder', async () => {
    const dir = newDir();
    const cache = createPngCache(dir, (j) => ({
      result: Promise.resolve(Buffer.from(JSON.stringify(j))),
      hurry() {},
    }));
    const png = await cache.png(job('first'));
    expect(png.toString()).toBe(JSON.stringify(job('first')));
    expect(pngs(dir)).toEqual([`${pngCacheKey(job('first'))}.png`]);
    expect(readFileSync(join(dir, pngs(dir)[0]!))).toEqual(png);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  test('keeps images after its folder is removed meanwhile (as while the dev server runs)', async () => {
    const dir = newDir();
    const cache = createPngCache(dir, (j) => ({ result: Promise.resolve(Buffer.from(JSON.stringify(j))), hurry() {} }));
    await cache.png(job('before'));
    rmSync(dir, { recursive: true });
    await expect(cache.png(job('after'))).resolves.toEqual(Buffer.from(JSON.stringify(job('after'))));
    expect(pngs(dir)).toEqual([`${pngCacheKey(job('after'))}.png`]);
  });

  test('keeps a download and its chart picture, packed, in a .pngs file', async () => {
    const dir = newDir();
    const download: ImageJob = {
      chartDownload: {
        title: 't',
        subtitle: 's',
        source: 'Source: x.',
        credit: 'Chart: x',
        chart: { type: 'bar', data: { datasets: [] } },
        width: 10,
        height: 10,
        dark: false,
      },
    };
    const cache = createPngCache(dir, () => ({ result: Promise.resolve(Buffer.from('packed')), hurry() {} }));
    await cache.png(download);
    expect(readdirSync(dir)).toEqual([`${pngCacheKey(download)}.pngs`]);
  });

  test('returns the kept image for an equal job without drawing again, also from a new cache', async () => {
    const dir = newDir();
    const first = controlledDraw();
    const drawing = createPngCache(dir, first.draw).png(job('kept'));
    await settle();
    first.calls[0]!.finish();
    await drawing;
    const again = controlledDraw();
    await expect(createPngCache(dir, again.draw).png(job('kept'))).resolves.toEqual(Buffer.from('png of kept'));
    expect(again.draw).not.toHaveBeenCalled();
  });

  test('draws an image asked for twice at once only once, and gives both the same bytes', async () => {
    const { draw, calls } = controlledDraw();
    const cache = createPngCache(newDir(), draw);
    const both = Promise.all([cache.png(job('twice')), cache.png(job('twice')), cache.png(job('other'))]);
    await settle();
    // The cache reads the disk before drawing, so the two drawings may start in either order.
    expect(calls.map((c) => c.title).sort()).toEqual(['other', 'twice']);
    calls.forEach((c) => c.finish());
    const [a, b, other] = await both;
    expect(a).toEqual(Buffer.from('png of twice'));
    expect(b).toEqual(a);
    expect(other).toEqual(Buffer.from('png of other'));
  });

  test('draws ahead behind asked-for images, and hurries a drawing ahead once a page asks for it', async () => {
    const dir = newDir();
    const { draw, calls } = controlledDraw();
    const cache = createPngCache(dir, draw);
    cache.drawAhead([job('a'), job('b'), job('a')]);
    await settle();
    // The cache reads the disk before drawing, so the two drawings may start in either order.
    expect(calls.map((c) => [c.title, c.later]).sort()).toEqual([
      ['a', true],
      ['b', true],
    ]);
    const asked = cache.png(job('b'));
    expect(calls.find((c) => c.title === 'b')!.hurried).toBe(1);
    expect(calls.find((c) => c.title === 'a')!.hurried).toBe(0);
    calls.forEach((c) => c.finish());
    await expect(asked).resolves.toEqual(Buffer.from('png of b'));
    expect(draw).toHaveBeenCalledTimes(2);
    await settle();
    expect(pngs(dir)).toHaveLength(2);
  });

  test('draws nothing ahead for images already in the cache folder, and serves them from it', async () => {
    const dir = newDir();
    const first = createPngCache(dir, () => ({ result: Promise.resolve(Buffer.from('kept')), hurry() {} }));
    await first.png(job('cached'));
    const { draw } = controlledDraw();
    const cache = createPngCache(dir, draw);
    cache.drawAhead([job('cached')]);
    await expect(cache.png(job('cached'))).resolves.toEqual(Buffer.from('kept'));
    expect(draw).not.toHaveBeenCalled();
  });

  test('passes a failed drawing on to whoever asked, keeps nothing, and tries again when asked again', async () => {
    const dir = newDir();
    const { draw, calls } = controlledDraw();
    const cache = createPngCache(dir, draw);
    cache.drawAhead([job('broken')]);
    const asked = cache.png(job('broken'));
    await settle();
    calls[0]!.fail(new Error('"pie" is not a registered controller.'));
    await expect(asked).rejects.toThrow('"pie" is not a registered controller.');
    expect(pngs(dir)).toEqual([]);
    const retry = cache.png(job('broken'));
    await settle();
    expect(calls).toHaveLength(2);
    calls[1]!.finish();
    await expect(retry).resolves.toEqual(Buffer.from('png of broken'));
  });
});

describe('pngCacheKey', () => {
  test('is a SHA-256 hex digest that changes with the content drawn', () => {
    expect(pngCacheKey(job('x'))).toMatch(/^[0-9a-f]{64}$/);
    expect(pngCacheKey(job('x'))).toBe(pngCacheKey(job('x')));
    expect(pngCacheKey(job('y'))).not.toBe(pngCacheKey(job('x')));
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
