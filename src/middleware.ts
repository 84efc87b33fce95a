import { defineMiddleware } from 'astro:middleware';
import { throwContentError } from './lib/collection/content-status.ts';

/**
 * Every route, page or endpoint (the 404 page, images, downloads and robots.txt included), fails
 * with a briefing's content error while one stands. A build never gets here with one (the loader
 * stops it first); the dev server would otherwise keep serving the last good content.
 */
export const onRequest = defineMiddleware((_context, next) => {
  throwContentError();
  return next();
});
