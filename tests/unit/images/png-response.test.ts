import { describe, expect, test } from 'vitest';
import { pngResponse, shareImageResponse } from '../../../src/lib/images/png-response.ts';
import { homeShareImage } from '../../../src/lib/view/share-image-spec.ts';
import { pngSize } from '../../support/png.ts';

describe('pngResponse', () => {
  test('serves the bytes unchanged as image/png', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);
    const response = pngResponse(png);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await response.arrayBuffer())).toEqual(png);
  });
});

describe('shareImageResponse', () => {
  test('serves the spec’s share image as a 1200×630 PNG', async () => {
    const response = shareImageResponse(homeShareImage(1));
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(pngSize(new Uint8Array(await response.arrayBuffer()))).toEqual({ width: 1200, height: 630 });
  });
});
