import { Feed } from 'feed';
import type { BriefingView } from './briefing-view.ts';
import { formatDate } from './format-date.ts';
import { briefingShareImage, siteName } from './share-image-spec.ts';

export interface AtomFeedOptions {
  /** The site's address: every link in a feed is absolute. */
  site: URL | string;
  /** Where the feed itself is published, e.g. "/feed.xml". */
  path: string;
  /** The page the feed follows (the home page, or a company's entry on the company index). */
  alternate: string;
  title: string;
  subtitle: string;
  briefings: readonly BriefingView[];
}

const escapeHtml = (text: string) =>
  text.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c]!);

const dateTime = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`);

/** The date a briefing last changed: its update, or its publication when never updated. */
export function lastChanged(view: BriefingView): string {
  return view.updated ?? view.published;
}

/**
 * An entry's content, for a reader who may never open the page: the summary, what it is as of,
 * the key figures with their basis and period, for an updated briefing when it was updated and the
 * figure revisions its page lists under "What changed", each value with its source, then the
 * briefing's share image and a link to the page. `url` makes a site path absolute.
 */
export function feedEntryHtml(view: BriefingView, url: (path: string) => string = (path) => path): string {
  const parts = [`<p>${escapeHtml(view.summary)}</p>`];
  const asOfDate = view.asOfDate ? `As of ${formatDate(view.asOfDate)}. ` : '';
  parts.push(`<p>${asOfDate}Based on: ${escapeHtml(view.asOf)}</p>`);
  if (view.keyFigures.length > 0) {
    const items = view.keyFigures.map(
      (f) =>
        // As the page's key figures read: the period keeps its own brackets, so none go round it.
        `<li><strong>${escapeHtml(f.value)}</strong> ${escapeHtml(
          [f.label, f.entityName, f.basisLabel, f.period].join(' · '),
        )}</li>`,
    );
    parts.push(`<p>Key figures:</p>\n<ul>${items.join('')}</ul>`);
  }
  if (view.updated) {
    const changes = view.changes;
    parts.push(`<p>Updated ${formatDate(view.updated)}${changes.length > 0 ? '. What changed:' : '.'}</p>`);
    if (changes.length > 0) {
      const items = changes.map(
        (c) =>
          `<li>${escapeHtml(
            `${c.label}: now ${c.to} as of ${formatDate(c.date)}, from ${c.toCitation}; previously ${c.from}, from ${c.fromCitation}.`,
          )}</li>`,
      );
      parts.push(`<ul>${items.join('')}</ul>`);
    }
  }
  const image = briefingShareImage(view);
  parts.push(
    `<p><img src="${escapeHtml(url(image.path))}" alt="${escapeHtml(image.alt)}" width="1200" height="630"></p>`,
  );
  parts.push(
    `<p><a href="${escapeHtml(url(view.urls.page))}">Read the briefing</a>, with its charts, sources and checked claims.</p>`,
  );
  return parts.join('\n');
}

/**
 * An Atom 1.0 feed of briefings, most recently changed first: new briefings and updated ones
 * (an update moves an entry up and says what changed). Entry ids are the pages' addresses, so
 * an update replaces the entry in a reader instead of adding another.
 */
export function atomFeed(options: AtomFeedOptions): string {
  const url = (path: string) => new URL(path, options.site).href;
  const briefings = [...options.briefings].sort(
    (a, b) => lastChanged(b).localeCompare(lastChanged(a)) || a.title.localeCompare(b.title),
  );
  const newest = briefings[0];
  const feed = new Feed({
    id: url(options.path),
    title: options.title,
    description: options.subtitle,
    link: url(options.alternate),
    feedLinks: { atom: url(options.path) },
    language: 'en',
    author: { name: siteName, link: url('/') },
    generator: siteName,
    favicon: url('/favicon.svg'),
    // An empty feed is dated by its site's epoch rather than the time of the build, so rebuilding
    // unchanged content gives the same file.
    updated: dateTime(newest ? lastChanged(newest) : '1970-01-01'),
  });
  for (const view of briefings) {
    feed.addItem({
      title: escapeHtml(view.title),
      id: url(view.urls.page),
      link: url(view.urls.page),
      date: dateTime(lastChanged(view)),
      published: dateTime(view.published),
      description: escapeHtml(view.summary),
      content: feedEntryHtml(view, url),
      image: url(briefingShareImage(view).path),
      category: [{ term: view.entity, name: view.company }],
      // An entry's own authors, when the briefing names them; else the feed's (the site).
      ...(view.authors.length > 0 ? { author: view.authors.map((name) => ({ name })) } : {}),
    });
  }
  // Atom states its language as xml:lang on the root (`feed` writes `language` only into RSS).
  return feed
    .atom1()
    .replace('<feed xmlns="http://www.w3.org/2005/Atom">', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">');
}
