/** Says what happened, politely, in the page's live region. */
function announce(message: string): void {
  const status = document.querySelector<HTMLElement>('[data-copy-status]');
  if (!status) return;
  status.textContent = '';
  // A fresh text node after clearing makes screen readers announce a repeated message again.
  requestAnimationFrame(() => (status.textContent = message));
}

/** How long a button shows that it copied, before its own label returns. */
const confirmationMs = 2000;

/** Shows on the button itself what it did ("Link copied"), then its label again. */
function confirmOn(button: HTMLButtonElement, message: string): void {
  const label = button.firstChild;
  if (!(label instanceof Text)) return;
  const own = (button.dataset.label ??= label.data);
  label.data = `✓ ${message} `;
  window.clearTimeout(Number(button.dataset.timer));
  button.dataset.timer = String(window.setTimeout(() => (label.data = own), confirmationMs));
}

/**
 * Shows the copy buttons (hidden without JavaScript, where they could not work) and copies the
 * full URL, a citation followed by the URL, or a snippet as it is, when one is pressed.
 */
export function enableCopyButtons(root: ParentNode): void {
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-copy-path]')) {
    if (!button.hidden) continue;
    button.hidden = false;
    button.addEventListener('click', async () => {
      const url = new URL(button.dataset.copyPath ?? '', window.location.href).href;
      const text = button.dataset.copySnippet ?? (button.dataset.copyText ? `${button.dataset.copyText} ${url}` : url);
      try {
        await navigator.clipboard.writeText(text);
        announce(button.dataset.copied ?? 'Copied');
        confirmOn(button, button.dataset.copied ?? 'Copied');
      } catch {
        announce('Copying is not allowed here; select and copy the address bar instead');
      }
    });
  }
}
