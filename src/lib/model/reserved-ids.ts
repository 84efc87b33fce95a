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
