/**
 * The colour scheme the page shows: the reader's system setting, unless the page was put in one
 * (an embed page's `?theme=` flag, which marks the root element with `data-color-scheme`).
 */
const system = window.matchMedia('(prefers-color-scheme: dark)');
const forced = () => document.documentElement.dataset.colorScheme;

/** Whether the page shows its dark scheme. */
export function isDark(): boolean {
  const scheme = forced();
  return scheme ? scheme === 'dark' : system.matches;
}

/** Calls `listener` when the scheme the page shows changes with the system's (never once forced). */
export function onSchemeChange(listener: () => void): void {
  system.addEventListener('change', () => {
    if (!forced()) listener();
  });
}
