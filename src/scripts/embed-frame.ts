/**
 * What an embed page does in its frame: takes the colour scheme its `?theme=` flag names (the
 * page lists the flags it accepts), and tells the frame's parent how tall its content is whenever
 * that changes, so the host's snippet can size the frame to it. The message goes to the parent
 * only, and holds one number under the key the page names.
 */
export function runEmbed(root: Document): void {
  const content = root.querySelector<HTMLElement>('[data-embed-height-key]');
  if (!content) return;
  const theme = new URLSearchParams(window.location.search).get('theme');
  if (theme === 'light' || theme === 'dark')
    if ((content.dataset.embedThemes ?? '').split(' ').includes(theme)) forceScheme(theme, root);
  if (window.parent === window) return;
  const key = content.dataset.embedHeightKey!;
  let sent = 0;
  const send = () => {
    const height = Math.ceil(content.getBoundingClientRect().height);
    if (height === sent) return;
    sent = height;
    window.parent.postMessage({ [key]: height }, '*');
  };
  new ResizeObserver(send).observe(content);
  send();
}

const darkCondition = '(prefers-color-scheme: dark)';

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

/**
 * Shows the page in one scheme whatever the system's. The stylesheet and the chart pictures choose
 * their dark variants by `(prefers-color-scheme: dark)`; those conditions are settled where they
 * stand, so no rule is written twice for the flag's sake. The chart script reads the root's mark.
 */
function forceScheme(scheme: 'light' | 'dark', root: Document): void {
  const dark = scheme === 'dark';
  for (const sheet of root.styleSheets)
    for (const rule of sheet.cssRules)
      if (rule instanceof CSSMediaRule) rule.media.mediaText = settled(rule.media.mediaText, dark);
  for (const source of root.querySelectorAll<HTMLSourceElement>('picture source[media]'))
    source.media = settled(source.media, dark);
  root.documentElement.style.colorScheme = scheme;
  root.documentElement.dataset.colorScheme = scheme;
}
