import type { ImageJob } from '../lib/images/draw-image.ts';
import { pngCache } from '../lib/images/png-response.ts';

/**
 * An image route's static paths, with their images queued for the worker threads: a build asks
 * every route for its paths before it renders any page, so the images are drawn while Astro
 * renders the HTML pages, and each image endpoint finds its picture drawn or under way. The dev
 * server asks for paths on every request and draws only what is requested.
 */
export function drawnAhead<Path>(paths: Path[], job: (path: Path) => ImageJob): Path[] {
  if (!import.meta.env.DEV) pngCache.drawAhead(paths.map(job));
  return paths;
}
