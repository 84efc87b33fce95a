import type { BriefingView } from './briefing-view.ts';
import { siteName } from './share-image-spec.ts';

/** The longest description search engines and share cards show whole. */
export const maxDescription = 160;

/** Where a clause ends inside a sentence: a cut there reads as a pause, not a broken phrase. */
const clauseEnds = [', ', '; ', ': ', ' – ', ' — '];

/**
 * Text within `max` characters: whole when it fits; else up to the last sentence that ends in the
 * room; else cut at the last clause, or failing that the last word, with an ellipsis, so a card or
 * a tab never ends mid-word or just before the number a phrase leads up to ("had expected: a…").
 */
export function cutToFit(text: string, max: number): string {
  const plain = text.replace(/\s+/g, ' ').trim();
  if (plain.length <= max) return plain;
  // The room, and the character after it: a mark that ends there is followed by its space.
  const room = plain.slice(0, max);
  const cut = room.slice(0, -1);
  const sentence = room.lastIndexOf('. ');
  if (sentence > max / 2) return cut.slice(0, sentence + 1);
  const clause = Math.max(...clauseEnds.map((end) => room.lastIndexOf(end)));
  const end = clause > max / 2 ? clause : cut.lastIndexOf(' ');
  return `${(end > max / 2 ? cut.slice(0, end) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}

/** A page's meta description: within the 160 characters search engines and share cards show whole. */
export function metaDescription(text: string): string {
  return cutToFit(text, maxDescription);
}

/** The longest title browsers' tabs and search results show whole. */
export const maxTitle = 70;

/** A page's title: with the site's name after it when both fit, else its own words, cut at a word. */
export function pageTitle(title: string): string {
  if (title === siteName) return title;
  const full = `${title} · ${siteName}`;
  return full.length <= maxTitle ? full : cutToFit(title, maxTitle);
}

/** What Open Graph and JSON-LD say of a briefing page (or a section's share page) as an article. */
export interface ArticleMeta {
  published: string;
  modified: string;
  section?: string;
}

export function articleMeta(view: BriefingView): ArticleMeta {
  return { published: view.published, modified: view.updated ?? view.published };
}

/**
 * The briefing as a schema.org `NewsArticle`, for search engines and readers that understand it:
 * its headline, summary, dates, subject, publisher, address and image.
 */
export function briefingJsonLd(view: BriefingView, site: URL, image: string): Record<string, unknown> {
  const url = new URL(view.urls.page, site).href;
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: view.title,
    description: metaDescription(view.summary),
    datePublished: view.published,
    dateModified: view.updated ?? view.published,
    about: { '@type': 'Organization', name: view.company },
    // The briefing's named writers, else the site that publishes it.
    author:
      view.authors.length > 0
        ? view.authors.map((name) => ({ '@type': 'Person', name }))
        : { '@type': 'Organization', name: siteName, url: site.href },
    publisher: { '@type': 'Organization', name: siteName, url: site.href },
    mainEntityOfPage: url,
    url,
    image: new URL(image, site).href,
    isAccessibleForFree: true,
  };
}

/**
 * JSON for a `<script type="application/ld+json">` element: `<`, `>` and `&` written as escapes, so
 * no text from a briefing can close the element or open another.
 */
export function jsonForScript(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
