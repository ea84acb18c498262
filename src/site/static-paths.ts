/**
 * Static paths of the routes: those built once per language, and those built once per page (each
 * glossary term's page and oEmbed response, and every page's share image with the card it draws).
 */
import { getGlossaryContent, getGlossary } from '../content/query';
import { languages } from './languages';
import { articleCard, glossaryCard, leadCard, termCard, type ShareCard } from '../share-image/card';
import { termPage, type PageKind } from './urls';

/**
 * Static paths for a route with one `[lang]` parameter: one page per language.
 * @example languagePaths() // [{ params: { lang: 'ja' }, props: { lang: 'ja' } }, …]
 */
export function languagePaths() {
  return languages.map((lang) => ({ params: { lang }, props: { lang } }));
}

/** Static paths of term pages and their oEmbed responses: one per term and language. */
export async function termPaths() {
  const glossaries = await Promise.all(languages.map(async (lang) => ({ lang, entries: await getGlossary(lang) })));
  return glossaries.flatMap(({ lang, entries }) =>
    entries.map(({ id }) => ({ params: { lang, term: id }, props: { lang, id } })),
  );
}

/** Static paths of share images: one for every page in each language. */
export async function shareImagePaths() {
  const content = await getGlossaryContent();
  return languages.flatMap((lang) => {
    const { edition, entries } = content[lang];
    const cards: Array<[PageKind, ShareCard]> = [
      ['article', articleCard(lang, edition)],
      ['glossary', glossaryCard(lang, edition, entries)],
      ['parallel', leadCard(lang, edition, 'parallel')],
      ['embed', leadCard(lang, edition, 'embed')],
      ['cite', leadCard(lang, edition, 'cite')],
      ...entries.map((entry): [PageKind, ShareCard] => [termPage(entry.id), termCard(lang, edition, entry)]),
    ];
    return cards.map(([page, card]) => ({ params: { lang, page }, props: { card } }));
  });
}
