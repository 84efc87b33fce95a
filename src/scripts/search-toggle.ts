/**
 * Turns the header's search link (which leads to the company index without JavaScript) into a
 * button that opens the search panel. The panel's code, Pagefind's engine and the index load only
 * when a reader first opens it: the button names the panel's script (`data-search-script`, built
 * as a file of its own), imported by that address so no bundler loader comes with every page.
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
  const script = toggle.dataset.searchScript;
  let started: Promise<unknown> | undefined;
  toggle.addEventListener('click', () => {
    const open = toggle.getAttribute('aria-expanded') !== 'true';
    setOpen(open);
    if (!open) return;
    input.focus();
    if (script) started ??= import(/* @vite-ignore */ script);
  });
  panel.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    setOpen(false);
    toggle.focus();
  });
}
