/**
 * The page's colour scheme: the reader's system setting, unless the page was asked for one (an
 * embed page's `?theme=` flag). The stylesheet and the chart pictures choose their dark variants
 * by `(prefers-color-scheme: dark)`; forcing a scheme rewrites those conditions where they stand,
 * so no rule is written twice for the sake of a flag.
 */
const darkCondition = '(prefers-color-scheme: dark)';
const system = window.matchMedia(darkCondition);
let forced: 'light' | 'dark' | undefined;

/** Whether the page shows its dark scheme. */
export function isDark(): boolean {
  return forced ? forced === 'dark' : system.matches;
}

/** Calls `listener` when the scheme the page shows changes with the system's (never once forced). */
export function onSchemeChange(listener: () => void): void {
  system.addEventListener('change', () => {
    if (!forced) listener();
  });
}

/** A media query with its dark-scheme condition settled: always true when dark, never when light. */
function settled(media: string, dark: boolean): string {
  if (!media.includes(darkCondition)) return media;
  if (!dark) return 'not all';
  const rest = media
    .replace(`and ${darkCondition}`, '')
    .replace(darkCondition, '')
    .replace(/^\s*and\s+/, '')
    .trim();
  return rest || 'all';
}

/** Shows the page in one scheme whatever the system's: its stylesheets, pictures and form controls. */
export function forceScheme(scheme: 'light' | 'dark', root: Document): void {
  forced = scheme;
  const dark = scheme === 'dark';
  for (const sheet of root.styleSheets)
    for (const rule of sheet.cssRules)
      if (rule instanceof CSSMediaRule) rule.media.mediaText = settled(rule.media.mediaText, dark);
  for (const source of root.querySelectorAll<HTMLSourceElement>('picture source[media]'))
    source.media = settled(source.media, dark);
  root.documentElement.style.colorScheme = scheme;
}
