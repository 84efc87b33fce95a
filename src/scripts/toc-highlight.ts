/** Marks the contents links of the section being read with aria-current as the reader scrolls. */
export function followSections(root: Document): void {
  const links = [...root.querySelectorAll<HTMLAnchorElement>('[data-toc-link]')];
  const headings = [...new Set(links.map((a) => a.dataset.tocLink ?? ''))].flatMap(
    (id) => root.getElementById(id) ?? [],
  );
  const visible = new Set<string>();
  const update = () => {
    // The first heading in document order that is on screen, else the last one scrolled past.
    const current =
      headings.find((h) => visible.has(h.id)) ?? headings.filter((h) => h.getBoundingClientRect().top < 0).at(-1);
    for (const link of links) {
      if (link.dataset.tocLink === current?.id) link.setAttribute('aria-current', 'location');
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
