/**
 * Makes the copy button of each snippet (`figure.snippet`) copy its code. The button is laid out
 * from the first paint wherever scripting is on, so nothing shifts; it is hidden again where the
 * Clipboard API is missing, and without JavaScript the code stays text to select. The outcome is
 * announced through the snippet's status region.
 */
export function enhanceCopyButtons(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('.snippet-copy')) {
    const figure = button.closest('figure');
    const code = figure?.querySelector('code');
    const status = figure?.querySelector('[role="status"]');
    if (!('clipboard' in navigator) || !code || !status) {
      button.hidden = true;
      continue;
    }
    button.addEventListener('click', () => {
      // Emptied first, so that a second copy is announced again.
      status.textContent = '';
      void navigator.clipboard.writeText(code.textContent).then(
        () => (status.textContent = button.dataset['copied'] ?? ''),
        () => (status.textContent = button.dataset['failed'] ?? ''),
      );
    });
  }
}
