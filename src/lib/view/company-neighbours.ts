import type { CompanyPage } from './company-pages.ts';

/** A briefing a reader can go on to. */
interface Neighbour {
  title: string;
  url: string;
  published: string;
}

/** The briefings about the same company just before and after one, as its page links them. */
export interface CompanyNeighbours {
  company: string;
  companyUrl: string;
  earlier?: Neighbour;
  later?: Neighbour;
}

/**
 * The briefings about `page`'s company published just before and just after the briefing `slug`
 * (its list is newest first), for "earlier / later on Alibaba"; nothing when the briefing is not
 * about the company or is the only one about it.
 */
export function companyNeighbours(page: CompanyPage, slug: string): CompanyNeighbours | undefined {
  const about = page.briefings.filter((b) => b.about);
  const at = about.findIndex((b) => b.slug === slug);
  if (at < 0 || about.length < 2) return undefined;
  const neighbour = (i: number): Neighbour | undefined => {
    const b = about[i];
    return b && { title: b.title, url: b.url, published: b.published };
  };
  const earlier = neighbour(at + 1);
  const later = neighbour(at - 1);
  return {
    company: page.name,
    companyUrl: page.url,
    ...(earlier ? { earlier } : {}),
    ...(later ? { later } : {}),
  };
}
