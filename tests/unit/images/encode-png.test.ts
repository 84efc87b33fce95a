import { createCanvas } from '@napi-rs/canvas';
import { inflateSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { canvasToPng, compression, encodePng } from '../../../src/lib/images/encode-png.ts';
import { decodePng, pixelAt, pngSize } from '../../support/png.ts';

/** A 3×2 image: red, green and blue over grey, black and a clear pixel. */
const pixels = {
  width: 3,
  height: 2,
  data: new Uint8Array([255, 0, 0, 255, 0, 255, 0, 255, 0, 0, 255, 255, 128, 128, 128, 255, 0, 0, 0, 255, 0, 0, 0, 0]),
};

/** The chunks of a PNG, by type and data, checked for a valid layout. */
function chunks(png: Buffer): { type: string; data: Buffer }[] {
  const found: { type: string; data: Buffer }[] = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    found.push({ type: png.toString('latin1', at + 4, at + 8), data: png.subarray(at + 8, at + 8 + length) });
    at += 12 + length;
  }
  return found;
}

describe('encodePng', () => {
  test('writes a PNG that a decoder reads back pixel for pixel', async () => {
    const png = encodePng(pixels);
    expect(pngSize(png)).toEqual({ width: 3, height: 2 });
    const decoded = await decodePng(png);
    expect(pixelAt(decoded, 0, 0)).toEqual([255, 0, 0, 255]);
    expect(pixelAt(decoded, 1, 0)).toEqual([0, 255, 0, 255]);
    expect(pixelAt(decoded, 2, 0)).toEqual([0, 0, 255, 255]);
    expect(pixelAt(decoded, 0, 1)).toEqual([128, 128, 128, 255]);
    expect(pixelAt(decoded, 1, 1)).toEqual([0, 0, 0, 255]);
    expect(pixelAt(decoded, 2, 1)).toEqual([0, 0, 0, 0]);
  });

  test('holds a header, one data chunk and an end: RGBA at 8 bits, each row unfiltered', () => {
    const found = chunks(encodePng(pixels));
    expect(found.map((c) => c.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
    expect([...found[0]!.data.subarray(8)]).toEqual([8, 6, 0, 0, 0]);
    const rows = inflateSync(found[1]!.data);
    expect(rows.length).toBe(2 * (1 + 3 * 4));
    expect([rows[0], rows[13]]).toEqual([0, 0]);
    expect([...rows.subarray(1, 13)]).toEqual([...pixels.data.subarray(0, 12)]);
  });

  test('rejects pixel data that does not match the size, naming both', () => {
    expect(() => encodePng({ ...pixels, height: 3 })).toThrow('3×3 RGBA pixels take 36 bytes; got 24');
    expect(() => encodePng({ width: 0, height: 2, data: new Uint8Array() })).toThrow(
      'A PNG needs a whole width and height of at least 1 pixel; got 0×2',
    );
  });
});

describe('canvasToPng', () => {
  test('encodes what is drawn on a canvas', async () => {
    const canvas = createCanvas(40, 20);
    const ctx = canvas.getContext('2d');
    ctx.fillStyle = '#0063a6';
    ctx.fillRect(0, 0, 20, 20);
    const decoded = await decodePng(canvasToPng(canvas));
    expect(decoded.width).toBe(40);
    expect(pixelAt(decoded, 5, 5)).toEqual([0x00, 0x63, 0xa6, 255]);
    expect(pixelAt(decoded, 30, 5)).toEqual([0, 0, 0, 0]);
  });

  test('compresses a flat card to a small fraction of its raw pixels', () => {
    const canvas = createCanvas(1200, 630);
    const ctx = canvas.getContext('2d');
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, 1200, 630);
    expect(canvasToPng(canvas).length).toBeLessThan((1200 * 630 * 4) / 100);
  });

  test('reads a canvas taller than one read, every row in its place', async () => {
    // 150 rows: more than two reads of rows, the last one short; each row a shade of its own.
    const canvas = createCanvas(3, 150);
    const ctx = canvas.getContext('2d');
    for (let y = 0; y < 150; y++) {
      ctx.fillStyle = `rgb(${y}, ${255 - y}, 7)`;
      ctx.fillRect(0, y, 3, 1);
    }
    const decoded = await decodePng(canvasToPng(canvas));
    for (const y of [0, 63, 64, 127, 128, 149]) expect(pixelAt(decoded, 2, y)).toEqual([y, 255 - y, 7, 255]);
  });

  test('leaves nothing of a larger picture in a smaller one encoded after it', async () => {
    const big = createCanvas(50, 200);
    const bigCtx = big.getContext('2d');
    bigCtx.fillStyle = '#ff0000';
    bigCtx.fillRect(0, 0, 50, 200);
    canvasToPng(big);
    const small = createCanvas(2, 2);
    small.getContext('2d').fillStyle = '#00ff00';
    small.getContext('2d').fillRect(0, 0, 1, 2);
    const decoded = await decodePng(canvasToPng(small));
    expect([decoded.width, decoded.height]).toEqual([2, 2]);
    expect(pixelAt(decoded, 0, 1)).toEqual([0, 255, 0, 255]);
    expect(pixelAt(decoded, 1, 1)).toEqual([0, 0, 0, 0]);
  });

  test('packs a picture fetched once at a quicker level, to the same pixels', async () => {
    const canvas = createCanvas(300, 200);
    const ctx = canvas.getContext('2d');
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, 300, 200);
    ctx.fillStyle = '#0063a6';
    for (let x = 0; x < 300; x += 7) ctx.fillRect(x, (x * 13) % 180, 5, 20);
    const [page, once] = [canvasToPng(canvas), canvasToPng(canvas, 'fetchedOnce')];
    expect(compression.fetchedOnce).toBeLessThan(compression.page);
    expect(chunks(page).find((c) => c.type === 'IDAT')!.data).not.toEqual(
      chunks(once).find((c) => c.type === 'IDAT')!.data,
    );
    expect((await decodePng(once)).data).toEqual((await decodePng(page)).data);
  });
});
