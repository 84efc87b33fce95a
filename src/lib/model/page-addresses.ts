/** URLs of a briefing's page and its data downloads. */
export function briefingUrls(slug: string) {
  const page = `/briefings/${slug}/`;
  return { page, csv: `${page}figures.csv`, json: `${page}figures.json` };
}

/** The Atom feed of every briefing. */
export const siteFeedPath = '/feed.xml';

/** The Atom feed of the briefings about one company (its subject entity), at a stable address. */
export function companyFeedPath(entity: string): string {
  return `/companies/${entity}/feed.xml`;
}

/** A company's (or index's) page, named by its entity id so its address is stable. */
export function companyUrl(entity: string): string {
  return `/companies/${entity}/`;
}

/**
 * Whether a path is a section's share page (`/briefings/<slug>/<section>/`): it names its
 * briefing's page as canonical, so only that page is listed in the sitemap.
 */
export function isSectionSharePath(pathname: string): boolean {
  return /^\/briefings\/[^/]+\/[^/]+\/$/.test(pathname);
}

/**
 * A chart's embed page, for other sites to frame: under `/embed/`, the one folder whose pages may
 * be framed, followed by the page the chart belongs to and the chart's id.
 */
export function embedPagePath(pageUrl: string, chartId: string): string {
  return `/embed${pageUrl}${chartId}/`;
}

/** Whether a path is under the embed pages' folder, the only pages other sites may frame. */
export function isEmbedPath(pathname: string): boolean {
  return pathname.startsWith('/embed/');
}

/** Anchor ids the briefing page uses for its own parts; sections may not take them. */
export const reservedPageIds = [
  'main',
  'briefing-header',
  'key-figures',
  'contents',
  'what-changed',
  'claims',
  'data',
  'sources',
  'disclaimer',
] as const;

/** Anchor id of a chart's `<figure>`, namespaced so it cannot clash with a section id. */
export function chartAnchor(chartId: string): string {
  return `chart-${chartId}`;
}

/** Anchor id of a key figure, namespaced so it cannot clash with a section id. */
export function figureAnchor(figureId: string): string {
  return `figure-${figureId}`;
}

/** Anchor id of a claim in the checked-claims list. */
export function claimAnchor(claimId: string): string {
  return `claim-${claimId}`;
}

/** Anchor id of a source in the sources list. */
export function sourceAnchor(sourceId: string): string {
  return `source-${sourceId}`;
}
