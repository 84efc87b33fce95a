/** The URL without the control characters and spaces browsers ignore in a scheme ("java\tscript:"). */
function withoutIgnored(url: string): string {
  return [...url].filter((c) => c.charCodeAt(0) > 0x20 && c.charCodeAt(0) !== 0x7f).join('');
}

/**
 * True for an address a briefing may link to: `https:` or `http:`, or a path on this site
 * (`/briefings/…`, `#section`, `../other/`). Anything with another scheme (`javascript:`, `data:`,
 * `mailto:`) or a protocol-relative `//host` is refused.
 */
export function isSafeUrl(url: string): boolean {
  const cleaned = withoutIgnored(url);
  if (/^https?:\/\/[^/]/i.test(cleaned)) return true;
  return isSitePath(cleaned);
}

/** A link within the site: no scheme and no `//host`. */
function isSitePath(url: string): boolean {
  return !/^[a-z][a-z0-9+.-]*:/i.test(url) && !/^[/\\]{2}/.test(url);
}

/** True for an image the site serves itself: an absolute path such as `/images/plant.png`. */
export function isSiteImage(url: string): boolean {
  const cleaned = withoutIgnored(url);
  return /^\/[^/\\]/.test(cleaned) && isSitePath(cleaned);
}
