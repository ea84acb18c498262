/**
 * Makes the language switch land on the same place in the other language: the target of the
 * current fragment, or else the last block with an id that has scrolled past the top third of the
 * screen. Ids are shared by both languages, so the fragment carries over.
 */
export function keepPlaceOnSwitch(): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-language-switch]')) {
    link.addEventListener('click', () => {
      const url = new URL(link.href);
      url.hash = location.hash || currentPlace();
      link.href = url.href;
    });
  }
}

function currentPlace(): string {
  let place = '';
  for (const el of document.querySelectorAll<HTMLElement>(
    'main [id]:is(section, p, li, h3, address, div.glossary-entry)',
  )) {
    if (el.getBoundingClientRect().top > innerHeight / 3) break;
    place = el.id;
  }
  return place;
}
