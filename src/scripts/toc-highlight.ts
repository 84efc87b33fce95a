/**
 * The index of the heading whose section the reader is in, from the headings' distances to the
 * top of the viewport (in document order): the last one above a reading line a quarter of the way
 * down, or at the foot of the page, where the last headings can never reach that line, the one the
 * reader followed a link to (`targeted`) if it is on screen, else the last one on screen. Before
 * the first heading, the first.
 */
export function currentIndex(tops: readonly number[], viewportHeight: number, atEnd: boolean, targeted = -1): number {
  const onScreen = (top: number | undefined) => top !== undefined && top >= 0 && top < viewportHeight;
  if (atEnd && onScreen(tops[targeted])) return targeted;
  const line = atEnd ? viewportHeight : viewportHeight / 4;
  return Math.max(
    0,
    tops.findLastIndex((top) => top <= line),
  );
}

/**
 * Marks the contents link of the section being read with aria-current. It is worked out from
 * positions after every scroll and resize, so it holds however the reader got there: wheel, keys,
 * find-in-page, a link, a deep link on load, back and forward.
 */
export function followSections(root: Document): void {
  const view = root.defaultView!;
  const links = [...root.querySelectorAll<HTMLAnchorElement>('[data-toc-link]')];
  const headings = [...new Set(links.map((a) => a.dataset.tocLink ?? ''))].flatMap(
    (id) => root.getElementById(id) ?? [],
  );
  let frame = 0;
  const update = () => {
    frame = 0;
    const page = root.documentElement;
    const atEnd = view.scrollY + view.innerHeight >= page.scrollHeight - 2;
    const tops = headings.map((h) => h.getBoundingClientRect().top);
    const targeted = headings.findIndex((h) => `#${h.id}` === view.location.hash);
    const current = headings[currentIndex(tops, view.innerHeight, atEnd, targeted)]?.id;
    for (const link of links) {
      if (link.dataset.tocLink === current) link.setAttribute('aria-current', 'location');
      else link.removeAttribute('aria-current');
    }
  };
  const schedule = () => {
    frame ||= view.requestAnimationFrame(update);
  };
  for (const event of ['scroll', 'resize', 'hashchange', 'pageshow'])
    view.addEventListener(event, schedule, { passive: true });
  schedule();
}
