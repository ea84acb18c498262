/** Has the print buttons (shown only where scripting is on) open the browser's print dialog. */
export function enablePrintButtons(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-print]')) {
    button.addEventListener('click', () => print());
  }
}
