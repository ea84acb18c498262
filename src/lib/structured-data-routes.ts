/**
 * The JSON-LD of the article and parallel pages, from the content: both editions' title blocks,
 * the paper, the glossary, and the institution's address from each edition's contacts. Reads the
 * content collections, so only layouts call it; the pure builders are in article-data.ts. The
 * glossary's and term pages' JSON-LD is in glossary-terms.ts.
 */
import { articleJsonLd, parallelJsonLd, type EditionFacts, type SiteFacts } from './article-data';
import { institutionAddress } from './contact-address';
import { getEdition, getPaper, getSections } from './edition';
import { numberedTerms } from './glossary-terms';
import { useTranslations } from './i18n';
import type { Lang } from './languages';
import { perLanguage } from './parallel';
import { definedTerm } from './structured-data';
import { absoluteUrl, pdfPath, siteUrls, withBase } from './urls';

async function editionFacts(site: URL | string, base: string): Promise<Record<Lang, EditionFacts>> {
  const urls = siteUrls(site, base);
  return perLanguage(async (lang) => {
    const t = useTranslations(lang);
    const [edition, sections] = await Promise.all([getEdition(lang), getSections(lang)]);
    return {
      lang,
      url: urls.article(lang),
      headline: edition.headline,
      description: edition.description,
      date: edition.date,
      reviewed: edition.reviewed,
      institution: edition.institution,
      address: institutionAddress(sections.map((s) => s.data)),
      image: urls.image(lang, 'article'),
      pdf: absoluteUrl(site, withBase(base, pdfPath(lang))),
      parallel: { url: urls.page(lang, 'parallel'), name: t('parallel.title'), description: t('parallel.lead') },
    };
  });
}

function siteFacts(lang: Lang, site: URL | string, base: string): SiteFacts {
  return { name: useTranslations(lang)('site.name'), url: absoluteUrl(site, withBase(base, '')) };
}

/** JSON-LD of an edition's article page: the `NewsArticle`. */
export async function articlePageJsonLd(lang: Lang, site: URL | string, base: string) {
  const [editions, paper, terms] = await Promise.all([editionFacts(site, base), getPaper(), numberedTerms(lang, site, base)]);
  const glossary = siteUrls(site, base).page(lang, 'glossary');
  return articleJsonLd(editions, lang, paper, terms.map((term) => definedTerm(term, glossary)), siteFacts(lang, site, base));
}

/** JSON-LD of the parallel view in one interface language: the `WebPage` holding both editions. */
export async function parallelPageJsonLd(lang: Lang, site: URL | string, base: string) {
  return parallelJsonLd(await editionFacts(site, base), lang, siteFacts(lang, site, base));
}
