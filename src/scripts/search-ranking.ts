/** A result whose page is known: its address and Pagefind's score for the query. */
export interface ScoredPage {
  url: string;
  score: number;
}

/** A part of a page (the text under one heading) and where in it the query's words fall. */
export interface PageSection {
  url: string;
  weighted_locations: { balanced_score: number }[];
}

/**
 * How much a company page's score counts against a briefing's. A company page is a list of figures
 * that names its metrics in every heading, so by word weights alone it outranks the briefings that
 * discuss the same thing; at half weight it still leads for its own company's name.
 */
export const companyPageWeight = 0.5;

const companyPage = /^\/companies\/[^/]+\/$/;

function weighted(page: ScoredPage): number {
  const path = new URL(page.url, 'https://site.invalid').pathname;
  return page.score * (companyPage.test(path) ? companyPageWeight : 1);
}

/** Results in the order a reader wants them: a briefing ahead of a company page matching as well. */
export function rankPages<T extends ScoredPage>(pages: readonly T[]): T[] {
  return pages
    .map((page, i) => ({ page, i, score: weighted(page) }))
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .map(({ page }) => page);
}

/**
 * The sections of a result to offer as links: those where the query's words weigh most (a heading
 * that holds them counts for more than a passing mention), best first, page order breaking ties;
 * never the page itself.
 */
export function bestSections<T extends PageSection>(pageUrl: string, sections: readonly T[], limit = 3): T[] {
  const weight = (section: T) => section.weighted_locations.reduce((sum, l) => sum + l.balanced_score, 0);
  return sections
    .filter((section) => section.url !== pageUrl)
    .map((section, i) => ({ section, i, weight: weight(section) }))
    .sort((a, b) => b.weight - a.weight || a.i - b.i)
    .slice(0, limit)
    .map(({ section }) => section);
}
