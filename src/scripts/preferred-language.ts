/**
 * Sends a reader of the entry page on to the edition in the first language they prefer that the
 * site has. Without JavaScript the page's links do the same job.
 */
export function goToPreferredLanguage(): void {
  const links = [...document.querySelectorAll<HTMLAnchorElement>('a[data-lang]')];
  for (const preferred of navigator.languages) {
    const link = links.find((a) => preferred.toLowerCase().startsWith(a.dataset['lang'] ?? '-'));
    if (link) return location.replace(link.href);
  }
}
