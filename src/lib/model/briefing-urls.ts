/** URLs of a briefing's page and its data downloads. */
export function briefingUrls(slug: string) {
  const page = `/briefings/${slug}/`;
  return { page, csv: `${page}figures.csv`, json: `${page}figures.json` };
}

/**
 * Whether a path is a section's share page (`/briefings/<slug>/<section>/`): it names its
 * briefing's page as canonical, so only that page is listed in the sitemap.
 */
export function isSectionSharePath(pathname: string): boolean {
  return /^\/briefings\/[^/]+\/[^/]+\/$/.test(pathname);
}
