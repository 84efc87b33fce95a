import { bestSections, rankPages } from './search-ranking.ts';
import { enableResultKeys } from './search-keys.ts';

/** The part of Pagefind's browser API the panel uses. */
interface Pagefind {
  options: (options: { excerptLength?: number }) => Promise<void>;
  debouncedSearch: (query: string, options?: object, ms?: number) => Promise<{ results: PagefindResult[] } | null>;
}
interface PagefindResult {
  score: number;
  data: () => Promise<PageData>;
}
interface PageData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results: { title: string; url: string; weighted_locations: { balanced_score: number }[] }[];
}
type Page = PageData & { score: number };

/** Where the build writes the search index; its script is not part of the bundle. */
const pagefindScript = '/pagefind/pagefind.js';
/** Results listed at first, and added by each "Show more". */
const step = 8;

/** Text with Pagefind's <mark> highlights kept and every other tag dropped, as DOM nodes. */
function excerptNodes(doc: Document, excerpt: string): Node[] {
  const parsed = new DOMParser().parseFromString(`<p>${excerpt}</p>`, 'text/html').body.firstChild!;
  return [...parsed.childNodes].map((node) => {
    if (node.nodeName !== 'MARK') return doc.createTextNode(node.textContent ?? '');
    const mark = doc.createElement('mark');
    mark.textContent = node.textContent;
    return mark;
  });
}

/** One result: the page's link and excerpt, then links to the sections that match best. */
function resultItem(doc: Document, page: Page): HTMLLIElement {
  const item = doc.createElement('li');
  const link = doc.createElement('a');
  link.href = page.url;
  link.textContent = page.meta.title ?? page.url;
  const excerpt = doc.createElement('p');
  excerpt.append(...excerptNodes(doc, page.excerpt));
  item.append(link, excerpt);
  const sections = bestSections(page.url, page.sub_results);
  if (sections.length > 0) {
    const within = doc.createElement('ul');
    within.append(
      ...sections.map((section) => {
        const entry = doc.createElement('li');
        const sectionLink = doc.createElement('a');
        sectionLink.href = section.url;
        sectionLink.textContent = section.title;
        entry.append(sectionLink);
        return entry;
      }),
    );
    item.append(within);
  }
  return item;
}

/** Runs the search as the reader types, listing results as links and announcing their number. */
export async function startSearch(panel: HTMLElement, input: HTMLInputElement): Promise<void> {
  const doc = panel.ownerDocument;
  const status = panel.querySelector<HTMLElement>('[data-search-status]')!;
  const list = panel.querySelector<HTMLOListElement>('[data-search-results]')!;
  const more = panel.querySelector<HTMLButtonElement>('button[data-search-more]')!;
  let pagefind: Pagefind;
  try {
    pagefind = (await import(/* @vite-ignore */ pagefindScript)) as Pagefind;
    await pagefind.options({ excerptLength: 24 });
  } catch {
    status.textContent = 'Search is not available here; the company index lists every briefing.';
    return;
  }
  enableResultKeys(panel, input);

  // The current query's results: those whose pages are loaded, and those listed.
  let query = '';
  let results: PagefindResult[] = [];
  let loaded: Page[] = [];
  let listed = new Set<Page>();

  const announce = () => {
    const count = results.length;
    const shown = listed.size < count ? `, ${listed.size} shown` : '';
    status.textContent =
      count === 0
        ? `No results for “${query}”.`
        : `${count} ${count === 1 ? 'result' : 'results'} for “${query}”${shown}.`;
    more.hidden = listed.size >= count;
    const next = Math.min(step, count - listed.size);
    more.textContent = `Show ${next} more ${next === 1 ? 'result' : 'results'}`;
  };

  /**
   * Lists `count` more results. Pages are loaded a step ahead of those listed so that a briefing
   * Pagefind scores just below a company page can still come first (rankPages); those already
   * listed keep their places.
   */
  const listMore = async (count: number): Promise<HTMLLIElement[]> => {
    const asked = query;
    const want = Math.min(results.length, listed.size + count + step);
    const pending = results.slice(loaded.length, want);
    const pages = await Promise.all(pending.map(async (r) => ({ ...(await r.data()), score: r.score })));
    if (asked !== query) return [];
    loaded = [...loaded, ...pages];
    const next = rankPages(loaded.filter((page) => !listed.has(page))).slice(0, count);
    for (const page of next) listed.add(page);
    const items = next.map((page) => resultItem(doc, page));
    list.append(...items);
    announce();
    return items;
  };

  const show = async () => {
    const typed = input.value.trim();
    if (!typed) {
      query = '';
      list.replaceChildren();
      status.textContent = '';
      more.hidden = true;
      return;
    }
    const search = await pagefind.debouncedSearch(typed, {}, 200);
    // null: a newer query has replaced this one.
    if (!search || typed !== input.value.trim()) return;
    query = typed;
    results = search.results;
    loaded = [];
    listed = new Set();
    list.replaceChildren();
    await listMore(step);
  };

  more.addEventListener('click', async () => {
    const items = await listMore(step);
    // The reader carries on from the first result added, not from a button that may have gone.
    items[0]?.querySelector('a')?.focus();
  });
  input.addEventListener('input', () => void show());
  await show();
}
