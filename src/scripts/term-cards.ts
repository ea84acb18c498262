/**
 * Behaviour layered on the glossary markers (`a[data-term-ref]`, whose value is their card's id)
 * and their cards (`[popover]`). The markers are interest invokers in the HTML (`interestfor`):
 * where the browser supports those, hovering or focusing a marker opens its card natively, with or
 * without this script, which adds what the platform lacks:
 * - a tap on a touch screen opens the card instead of following the link, a second tap closes it;
 * - following the card's link to the glossary closes the card;
 * - without interest invokers: opening after a short hover intent, staying open while the pointer
 *   is on the marker or the card, closing after a grace period, opening on keyboard focus.
 * Escape, light dismiss and "one card at a time" come from `popover="auto"`.
 */
export function enhanceTermCards(): void {
  const native = 'interestForElement' in HTMLAnchorElement.prototype;
  let pointer = '';
  addEventListener('pointerdown', (event) => (pointer = event.pointerType), true);

  for (const marker of document.querySelectorAll<HTMLAnchorElement>('a[data-term-ref]')) {
    const card = document.getElementById(marker.dataset['termRef'] ?? '');
    if (!card) continue;
    const isOpen = () => card.matches(':popover-open');
    const show = () => isOpen() || card.showPopover({ source: marker });
    const hide = () => isOpen() && card.hidePopover();

    marker.addEventListener('click', (event) => {
      if (pointer !== 'touch') return;
      event.preventDefault();
      if (isOpen()) hide();
      else show();
    });
    card.querySelector('a')?.addEventListener('click', hide);
    if (native) continue;

    marker.removeAttribute('interestfor');

    let timer: ReturnType<typeof setTimeout> | undefined;
    const after = (ms: number, action: () => unknown) => {
      clearTimeout(timer);
      timer = setTimeout(action, ms);
    };
    for (const element of [marker, card]) {
      element.addEventListener(
        'pointerenter',
        (event) => event.pointerType === 'mouse' && after(element === marker ? 200 : 0, show),
      );
      element.addEventListener('pointerleave', (event) => event.pointerType === 'mouse' && after(300, hide));
      element.addEventListener('focusout', (event) => {
        const next = event.relatedTarget as Node | null;
        if (next !== marker && !card.contains(next)) after(300, hide);
      });
    }
    // Focus coming back from the card (Escape, Shift+Tab) leaves it as it is.
    marker.addEventListener(
      'focus',
      (event) => pointer !== 'touch' && !card.contains(event.relatedTarget as Node | null) && after(0, show),
    );
  }
}
