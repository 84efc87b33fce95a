import type { ShareImageSpec } from '../view/share-image-spec.ts';
import { cachedPng } from './cached-png.ts';
import { renderShareImage } from './render-share-image.ts';

/** A PNG as a static endpoint's response. */
export function pngResponse(png: Buffer): Response {
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
}

/** The share image for a spec, drawn once per distinct content and served as PNG. */
export function shareImageResponse(spec: ShareImageSpec): Response {
  const { eyebrow, title, subtitle, chart, keyFigure } = spec;
  const content = { eyebrow, title, subtitle, chart, keyFigure };
  return pngResponse(cachedPng({ shareImage: content }, () => renderShareImage(content)));
}
