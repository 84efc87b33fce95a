import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { faviconIco } from '../../../src/lib/images/favicon-ico.ts';
import { decodePng, pixelAt } from '../../support/png.ts';

const svg = readFileSync('public/favicon.svg');

describe('faviconIco', () => {
  test('holds the site icon as a 16, 32 and 48 pixel PNG in an ICO container', async () => {
    const ico = await faviconIco(svg);
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2), ico.readUInt16LE(4)]).toEqual([0, 1, 3]);
    const entries = [0, 1, 2].map((i) => ({
      width: ico.readUInt8(6 + 16 * i),
      bytes: ico.readUInt32LE(6 + 16 * i + 8),
      offset: ico.readUInt32LE(6 + 16 * i + 12),
    }));
    expect(entries.map((e) => e.width)).toEqual([16, 32, 48]);
    expect(entries[0]!.offset).toBe(6 + 16 * 3);
    expect(entries.at(-1)!.offset + entries.at(-1)!.bytes).toBe(ico.length);
    const large = await decodePng(ico.subarray(entries[2]!.offset, entries[2]!.offset + entries[2]!.bytes));
    expect([large.width, large.height]).toEqual([48, 48]);
    // The icon's blue square, with transparent rounded corners.
    expect(pixelAt(large, 4, 24)).toEqual([0x00, 0x63, 0xa6, 255]);
    expect(pixelAt(large, 0, 0)[3]).toBe(0);
  });
});
