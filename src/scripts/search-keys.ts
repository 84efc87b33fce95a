/**
 * Arrow keys move through the search: Down from the box to the first result and on through every
 * result and section link (and the button that shows more), Up back towards the box; Home and End,
 * from a result, go to the first and last. Tab still moves as everywhere else.
 */
export function enableResultKeys(panel: HTMLElement, input: HTMLInputElement): void {
  panel.addEventListener('keydown', (event) => {
    if (!['ArrowDown', 'ArrowUp', 'Home', 'End'].includes(event.key)) return;
    const stops = [
      input,
      ...panel.querySelectorAll<HTMLElement>('[data-search-results] a, button[data-search-more]:not([hidden])'),
    ];
    const at = stops.indexOf(panel.ownerDocument.activeElement as HTMLElement);
    if (at < 0) return;
    // In the box, Home and End move the caret as usual.
    if (at === 0 && (event.key === 'Home' || event.key === 'End')) return;
    const last = stops.length - 1;
    const to = {
      ArrowDown: Math.min(at + 1, last),
      ArrowUp: Math.max(at - 1, 0),
      Home: 1,
      End: last,
    }[event.key]!;
    event.preventDefault();
    stops[to]?.focus();
  });
}
