/**
 * Folds the differences a careful edition may introduce without changing a word: character width
 * (NFKC), the various hyphens and dashes, and all whitespace.
 * @example normalizeText('３－５ %') // '3-5%'
 */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, '');
}

/** The text a reader sees in a page's main content: no scripts, no closed popovers. */
export function visibleText(document: Document): string {
  const main = document.querySelector('main');
  if (!main) throw new Error('The page has no <main>.');
  const copy = main.cloneNode(true) as HTMLElement;
  for (const hidden of copy.querySelectorAll('script, style, template, [popover], [hidden]')) hidden.remove();
  return copy.textContent;
}
