/** The part of Pagefind's browser API the panel uses. */
interface Pagefind {
  options: (options: { excerptLength?: number }) => Promise<void>;
  debouncedSearch: (query: string, options?: object, ms?: number) => Promise<{ results: PagefindResult[] } | null>;
}
interface PagefindResult {
  data: () => Promise<{
    url: string;
    excerpt: string;
    meta: { title?: string };
    sub_results: { title: string; url: string }[];
  }>;
}

/** Where the build writes the search index; its script is not part of the bundle. */
const pagefindScript = '/pagefind/pagefind.js';
const shown = 8;

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

/** Runs the search as the reader types, listing results as links and announcing their number. */
export async function startSearch(panel: HTMLElement, input: HTMLInputElement): Promise<void> {
  const doc = panel.ownerDocument;
  const status = panel.querySelector<HTMLElement>('[data-search-status]')!;
  const list = panel.querySelector<HTMLOListElement>('[data-search-results]')!;
  let pagefind: Pagefind;
  try {
    pagefind = (await import(/* @vite-ignore */ pagefindScript)) as Pagefind;
    await pagefind.options({ excerptLength: 24 });
  } catch {
    status.textContent = 'Search is not available here; the company index lists every briefing.';
    return;
  }

  const show = async () => {
    const query = input.value.trim();
    if (!query) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    const search = await pagefind.debouncedSearch(query, {}, 200);
    // null: a newer query has replaced this one.
    if (!search || query !== input.value.trim()) return;
    const results = await Promise.all(search.results.slice(0, shown).map((r) => r.data()));
    list.replaceChildren(
      ...results.map((result) => {
        const item = doc.createElement('li');
        const link = doc.createElement('a');
        link.href = result.url;
        link.textContent = result.meta.title ?? result.url;
        const excerpt = doc.createElement('p');
        excerpt.append(...excerptNodes(doc, result.excerpt));
        item.append(link, excerpt);
        const sections = result.sub_results.filter((s) => s.url !== result.url).slice(0, 3);
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
      }),
    );
    const count = search.results.length;
    status.textContent =
      count === 0
        ? `No results for “${query}”.`
        : `${count} ${count === 1 ? 'result' : 'results'} for “${query}”${count > shown ? `, the first ${shown} shown` : ''}.`;
  };
  input.addEventListener('input', () => void show());
  await show();
}
