import { forceScheme } from './color-scheme.ts';

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
