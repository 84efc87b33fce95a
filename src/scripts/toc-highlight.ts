/**
 * Marks the contents link of the section being read with aria-current, and folds the contents
 * away on narrow screens (it stays open without JavaScript).
 */
export function followSections(root: Document): void {
  const details = root.querySelector<HTMLDetailsElement>('.toc-details');
  const narrow = window.matchMedia('(max-width: 63.99em)');
  if (details && narrow.matches) details.open = false;

  const links = new Map(
    [...root.querySelectorAll<HTMLAnchorElement>('[data-toc-link]')].map((a) => [a.dataset.tocLink ?? '', a]),
  );
  const headings = [...links.keys()].flatMap((id) => root.getElementById(id) ?? []);
  const visible = new Set<string>();
  const update = () => {
    // The first heading in document order that is on screen, else the last one scrolled past.
    const current =
      headings.find((h) => visible.has(h.id)) ?? headings.filter((h) => h.getBoundingClientRect().top < 0).at(-1);
    for (const [id, link] of links) {
      if (id === current?.id) link.setAttribute('aria-current', 'location');
      else link.removeAttribute('aria-current');
    }
  };
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (entry.isIntersecting) visible.add(entry.target.id);
        else visible.delete(entry.target.id);
      }
      update();
    },
    { rootMargin: '0px 0px -60% 0px' },
  );
  headings.forEach((h) => observer.observe(h));
}
