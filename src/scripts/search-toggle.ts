/**
 * Turns the header's search link (which leads to the company index without JavaScript) into a
 * button that opens the search panel. The panel's code, Pagefind's engine and the index load only
 * when a reader first opens it (module preloading is off in astro.config.mjs, so the import brings
 * no preload helper into every page).
 */
export function enableSearchToggle(doc: Document): void {
  const toggle = doc.querySelector<HTMLButtonElement>('button[data-search-toggle]');
  const fallback = doc.querySelector<HTMLElement>('[data-search-fallback]');
  const panel = doc.getElementById(toggle?.getAttribute('aria-controls') ?? '');
  const input = panel?.querySelector<HTMLInputElement>('input[type="search"]');
  if (!toggle || !fallback || !panel || !input) return;
  toggle.hidden = false;
  fallback.hidden = true;

  const setOpen = (open: boolean) => {
    toggle.setAttribute('aria-expanded', String(open));
    panel.hidden = !open;
  };
  let started: Promise<void> | undefined;
  toggle.addEventListener('click', () => {
    const open = toggle.getAttribute('aria-expanded') !== 'true';
    setOpen(open);
    if (!open) return;
    input.focus();
    started ??= import('./search-panel.ts').then(({ startSearch }) => startSearch(panel, input));
  });
  panel.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    setOpen(false);
    toggle.focus();
  });
}
