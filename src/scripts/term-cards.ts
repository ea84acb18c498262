/**
 * Behaviour layered on the glossary markers (`a[data-term-ref]`, whose value is their card's id)
 * and their cards (`[popover]`). Where the browser supports interest invokers, the marker becomes
 * one, so that hovering or focusing it opens its card natively; this adds what the platform lacks:
 * - a tap on a touch screen opens the card instead of following the link;
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
    if (native) {
      // Set here, not in the HTML: `interestfor` is in no standard yet, and the Nu Html Checker rejects it.
      marker.setAttribute('interestfor', card.id);
      continue;
    }

    let timer: ReturnType<typeof setTimeout> | undefined;
    const after = (ms: number, action: () => unknown) => {
      clearTimeout(timer);
      timer = setTimeout(action, ms);
    };
    for (const element of [marker, card]) {
      element.addEventListener('pointerenter', (event) => event.pointerType === 'mouse' && after(element === marker ? 200 : 0, show));
      element.addEventListener('pointerleave', (event) => event.pointerType === 'mouse' && after(300, hide));
      element.addEventListener('focusout', (event) => {
        const next = event.relatedTarget as Node | null;
        if (next !== marker && !card.contains(next)) after(300, hide);
      });
    }
    marker.addEventListener('focus', () => pointer !== 'touch' && after(0, show));
  }
}
