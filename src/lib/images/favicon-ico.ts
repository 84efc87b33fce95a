import { createCanvas, loadImage } from '@napi-rs/canvas';
import { canvasToPng } from './encode-png.ts';

/** The sizes browsers and bookmarks ask a favicon.ico for. */
export const faviconSizes = [16, 32, 48] as const;

/**
 * The site's SVG icon drawn as `favicon.ico`, for the browsers, feed readers and tools that ask for
 * that file by name: one PNG per size, in the ICO container (a 6-byte header, a 16-byte entry per
 * image, then the images).
 */
export async function faviconIco(svg: Buffer, sizes: readonly number[] = faviconSizes): Promise<Buffer> {
  const image = await loadImage(svg);
  const pngs = sizes.map((size) => {
    const canvas = createCanvas(size, size);
    canvas.getContext('2d').drawImage(image, 0, 0, size, size);
    return canvasToPng(canvas);
  });
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // an icon
  header.writeUInt16LE(pngs.length, 4);
  let offset = 6 + 16 * pngs.length;
  const entries = pngs.map((png, i) => {
    const entry = Buffer.alloc(16);
    const size = sizes[i]!;
    // A width or height of 256 is written as 0.
    entry.writeUInt8(size % 256, 0);
    entry.writeUInt8(size % 256, 1);
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += png.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...pngs]);
}
