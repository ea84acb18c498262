/** Shows the print buttons, hidden until JavaScript can make them work, and has them open the browser's print dialog. */
export function enablePrintButtons(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-print]')) {
    button.addEventListener('click', () => print());
    button.hidden = false;
  }
}
