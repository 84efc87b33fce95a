import type { Canvas } from '@napi-rs/canvas';
import { crc32, deflateSync } from 'node:zlib';

/** 8-bit RGBA pixels, not premultiplied, row by row from the top left: what `getImageData` returns. */
export interface RgbaPixels {
  width: number;
  height: number;
  data: Uint8Array | Uint8ClampedArray;
}

/**
 * zlib levels, with no row filters: the cards and charts are large flat areas, which deflate packs
 * as well without filters. `page`, level 4 (the first to look ahead for longer matches), for the
 * pictures a page loads: files about a fifth smaller than Skia's own PNG encoder writes, in a third
 * of its time (Skia tries every row filter at level 6). `fetchedOnce`, level 3, for pictures a
 * reader or a link preview fetches once (downloads, share cards): about a quarter larger, deflated
 * in under half the time.
 */
export const compression = { page: 4, fetchedOnce: 3 } as const;
export type Compression = keyof typeof compression;

const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** One PNG chunk: length, type, data and the CRC of type and data. */
function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  out.set(data, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/**
 * The filtered rows of the last picture encoded, kept for the next: a picture's rows are several
 * megabytes, and fresh memory costs more to touch than to fill (see `withCanvas`).
 */
let keptRows = Buffer.alloc(0);
function rowsBuffer(bytes: number): Buffer {
  if (keptRows.length < bytes) keptRows = Buffer.alloc(bytes);
  return keptRows.subarray(0, bytes);
}

/** Checks a picture's size and wraps its rows (each led by its filter type, 0: none) as a PNG. */
function pngFromRows(width: number, height: number, rows: Uint8Array, level: Compression): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const image = deflateSync(rows, { level: compression[level] });
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', image), chunk('IEND', new Uint8Array())]);
}

const checkSize = (width: number, height: number) => {
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1)
    throw new Error(`A PNG needs a whole width and height of at least 1 pixel; got ${width}×${height}`);
};

/** Copies `count` rows of RGBA pixels into PNG rows from row `first`, each led by filter type 0. */
function copyRows(
  rows: Uint8Array,
  pixels: Uint8Array | Uint8ClampedArray,
  stride: number,
  first: number,
  count: number,
) {
  for (let y = 0; y < count; y++) {
    const at = (first + y) * (stride + 1);
    rows[at] = 0;
    rows.set(pixels.subarray(y * stride, (y + 1) * stride), at + 1);
  }
}

/** Encodes RGBA pixels as a PNG (colour type 6, 8 bits a channel, not interlaced). */
export function encodePng({ width, height, data }: RgbaPixels, level: Compression = 'page'): Buffer {
  checkSize(width, height);
  const stride = width * 4;
  if (data.length !== stride * height)
    throw new Error(`${width}×${height} RGBA pixels take ${stride * height} bytes; got ${data.length}`);
  const rows = rowsBuffer(height * (stride + 1));
  copyRows(rows, data, stride, 0, height);
  return pngFromRows(width, height, rows, level);
}

/** Rows read from the canvas at a time: small reads reuse the memory of the last. */
const bandRows = 64;

/** A canvas's picture as PNG bytes. */
export function canvasToPng(canvas: Canvas, level: Compression = 'page'): Buffer {
  const { width, height } = canvas;
  checkSize(width, height);
  const ctx = canvas.getContext('2d');
  const stride = width * 4;
  const rows = rowsBuffer(height * (stride + 1));
  for (let top = 0; top < height; top += bandRows) {
    const count = Math.min(bandRows, height - top);
    copyRows(rows, ctx.getImageData(0, top, width, count).data, stride, top, count);
  }
  return pngFromRows(width, height, rows, level);
}
