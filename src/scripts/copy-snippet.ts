/**
 * Shows the copy button of each snippet (`figure.snippet`) where the Clipboard API is available;
 * without it, or without JavaScript, the code stays text to select. The outcome is announced
 * through the snippet's status region.
 */
export function enhanceCopyButtons(): void {
  if (!navigator.clipboard) return;
  for (const button of document.querySelectorAll<HTMLButtonElement>('.snippet-copy')) {
    const figure = button.closest('figure');
    const code = figure?.querySelector('code');
    const status = figure?.querySelector('[role="status"]');
    if (!code || !status) continue;
    button.hidden = false;
    button.addEventListener('click', async () => {
      // Emptied first, so that a second copy is announced again.
      status.textContent = '';
      try {
        await navigator.clipboard.writeText(code.textContent ?? '');
        status.textContent = button.dataset['copied'] ?? '';
      } catch {
        status.textContent = button.dataset['failed'] ?? '';
      }
    });
  }
}
