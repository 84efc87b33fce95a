import { createCanvas, loadImage } from '@napi-rs/canvas';

const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Width and height from a PNG's IHDR chunk, read from the bytes; throws when they are not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } {
  if (!signature.every((b, i) => bytes[i] === b)) throw new Error('not a PNG: the signature does not match');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const type = String.fromCharCode(...bytes.subarray(12, 16));
  if (type !== 'IHDR') throw new Error(`not a PNG: the first chunk is ${type}, not IHDR`);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** Decoded RGBA pixels of a PNG. */
export interface Pixels {
  width: number;
  height: number;
  data: Uint8ClampedArray;
}

export async function decodePng(bytes: Uint8Array): Promise<Pixels> {
  const image = await loadImage(Buffer.from(bytes));
  const canvas = createCanvas(image.width, image.height);
  const ctx = canvas.getContext('2d');
  ctx.drawImage(image, 0, 0);
  return { width: image.width, height: image.height, data: ctx.getImageData(0, 0, image.width, image.height).data };
}

/** A rectangle of pixels: x and y inclusive at the start, exclusive at the end. */
export interface Region {
  x0?: number;
  y0?: number;
  x1?: number;
  y1?: number;
}

/** The [r, g, b, a] of one pixel. */
export function pixelAt(pixels: Pixels, x: number, y: number): number[] {
  const i = (y * pixels.width + x) * 4;
  return [...pixels.data.subarray(i, i + 4)];
}

/** Counts the pixels in a region that are within `tolerance` of an #rrggbb colour (or not, with `not`). */
export function countNear(
  pixels: Pixels,
  hex: string,
  { tolerance = 8, not = false, region = {} as Region } = {},
): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
  const { x0 = 0, y0 = 0, x1 = pixels.width, y1 = pixels.height } = region;
  let count = 0;
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      const i = (y * pixels.width + x) * 4;
      const d = pixels.data;
      const near =
        d[i + 3]! > 200 &&
        Math.abs(d[i]! - r) <= tolerance &&
        Math.abs(d[i + 1]! - g) <= tolerance &&
        Math.abs(d[i + 2]! - b) <= tolerance;
      if (near !== not) count++;
    }
  }
  return count;
}
