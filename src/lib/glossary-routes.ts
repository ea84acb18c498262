/**
 * Static paths and data of the pages and files built from the glossary: term pages, their oEmbed
 * responses, share images and `/glossary.json`. Reads the content collections, so only routes and
 * layouts call it; the pure builders it feeds have their own tests.
 */
import { getEdition, getGlossary } from './edition';
import type { EditionContent, SiteUrls } from './glossary-data';
import { termNumber } from './glossary';
import { useTranslations } from './i18n';
import { languages, type Lang } from './languages';
import { termOembed } from './oembed';
import { articleCard, glossaryCard, leadCard, termCard, type ShareCard } from './share-card';
import { definedTermSet, type NumberedTerm } from './structured-data';
import { absoluteUrl, pageHref, shareImagePath, termPage, withBase, type PageKind } from './urls';

/** The glossary and title block of both languages. */
export async function editionContent(): Promise<EditionContent> {
  const [ja, en] = await Promise.all(
    languages.map(async (lang) => ({ edition: await getEdition(lang), entries: await getGlossary(lang) })),
  );
  if (!ja || !en) throw new Error('The edition needs both a Japanese and an English text.');
  return { ja, en };
}

/** Static paths of term pages and their oEmbed responses: one per term and language. */
export async function termPaths() {
  const content = await editionContent();
  return languages.flatMap((lang) => content[lang].entries.map(({ id }) => ({ params: { lang, term: id }, props: { lang, id } })));
}

/** Static paths of share images: one for every page in each language. */
export async function shareImagePaths() {
  const content = await editionContent();
  return languages.flatMap((lang) => {
    const { edition, entries } = content[lang];
    const cards: Array<[PageKind, ShareCard]> = [
      ['article', articleCard(lang, edition)],
      ['glossary', glossaryCard(lang, edition, entries)],
      ['parallel', leadCard(lang, edition, 'parallel')],
      ['embed', leadCard(lang, edition, 'embed')],
      ...entries.map((entry, index): [PageKind, ShareCard] => [termPage(entry.id), termCard(lang, edition, entry, index + 1)]),
    ];
    return cards.map(([page, card]) => ({ params: { lang, page }, props: { card } }));
  });
}

/** Absolute URLs of the site's pages, for data other sites read. */
export function siteUrls(site: URL | string, base: string) {
  const page = (lang: Lang, kind: PageKind) => absoluteUrl(site, pageHref(base, lang, kind));
  const file = (path: string) => absoluteUrl(site, withBase(base, path));
  return {
    schema: file('glossary.schema.json'),
    article: (lang: Lang) => page(lang, 'article'),
    term: (lang: Lang, id: string) => page(lang, termPage(id)),
    page,
    /** A page's share image. */
    image: (lang: Lang, kind: PageKind) => file(shareImagePath(lang, kind)),
  } satisfies SiteUrls & Record<string, unknown>;
}

/** The glossary entries of one language with their ※ markers and absolute URLs. */
export async function numberedTerms(lang: Lang, site: URL | string, base: string): Promise<NumberedTerm[]> {
  const t = useTranslations(lang);
  const entries = await getGlossary(lang);
  const urls = siteUrls(site, base);
  return entries.map((entry) => {
    const number = termNumber(entries, entry.id);
    return { ...entry, number, marker: t('term.marker', { n: number }), url: urls.term(lang, entry.id) };
  });
}

/** The oEmbed response of a term page. */
export async function termEmbed(lang: Lang, id: string, site: URL | string, base: string) {
  const term = (await numberedTerms(lang, site, base)).find((entry) => entry.id === id);
  if (!term) throw new Error(`No glossary entry "${id}" in content/${lang}/glossary.mdx.`);
  const urls = siteUrls(site, base);
  return termOembed({ ...term, lang }, { name: useTranslations(lang)('site.name'), url: urls.article(lang), thumbnail: urls.image(lang, termPage(id)) });
}

/**
 * The glossary as schema.org JSON-LD: a `DefinedTermSet` with every term, or, on a term's page,
 * with that term only.
 */
export async function glossaryJsonLd(lang: Lang, site: URL | string, base: string, only?: string) {
  const terms = await numberedTerms(lang, site, base);
  const set = { name: useTranslations(lang)('glossary.title'), url: siteUrls(site, base).page(lang, 'glossary'), lang };
  return definedTermSet(set, only ? terms.filter((term) => term.id === only) : terms);
}
