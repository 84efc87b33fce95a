/**
 * Makes each table that scrolls sideways (on a phone, a wide table does) a named region reachable
 * by keyboard, so its hidden columns can be scrolled into view with the arrow keys; a table that
 * fits stays out of the tab order. Checked again whenever the page's width changes.
 */
export function focusScrollingTables(root: Document): void {
  const regions = [...root.querySelectorAll<HTMLElement>('.table-scroll')];
  if (regions.length === 0) return;
  const update = () => {
    for (const region of regions) {
      if (region.scrollWidth > region.clientWidth + 1) {
        region.tabIndex = 0;
        region.setAttribute('role', 'region');
        region.setAttribute('aria-label', region.querySelector('caption')?.textContent?.trim() || 'Table');
      } else {
        region.removeAttribute('tabindex');
        region.removeAttribute('role');
        region.removeAttribute('aria-label');
      }
    }
  };
  update();
  new ResizeObserver(update).observe(root.documentElement);
}
