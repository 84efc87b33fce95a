import { createHash } from 'node:crypto';

/**
 * The print rule that writes each site-relative link's full address after it, from the site's
 * public address (`SITE_URL`), so a printout's links can be typed in: "(https://site/briefings/x/)".
 * The stylesheet cannot know the address; the page carries this one rule, hashed for the CSP.
 */
export function printLinksStyle(site: URL): string {
  // An origin, as URL serialises it (scheme, host, port), holds no quote or backslash to escape.
  return `@media print{html a[href^='/']::after{content:' (' '${site.origin}' attr(href) ')'}}`;
}

/** The CSP source that allows an inline style element with exactly this text. */
export function styleHash(css: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}`;
}
