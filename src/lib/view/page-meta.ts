import type { BriefingView } from './briefing-view.ts';
import { siteName } from './share-image-spec.ts';

/** The longest description search engines and share cards show whole. */
export const maxDescription = 160;

/**
 * A page's meta description: the text whole when it fits in 160 characters, else cut at the last
 * word that fits, with an ellipsis, so a card never ends mid-word.
 */
export function metaDescription(text: string): string {
  const plain = text.replace(/\s+/g, ' ').trim();
  if (plain.length <= maxDescription) return plain;
  const cut = plain.slice(0, maxDescription - 1);
  const end = cut.lastIndexOf(' ');
  return `${(end > 80 ? cut.slice(0, end) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
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
