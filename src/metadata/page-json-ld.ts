/**
 * The JSON-LD of the article and parallel pages, from the content: both editions' title blocks,
 * the paper, the glossary. Reads the content collections, so only pages call it; the pure builders
 * are in article-json-ld.ts. The glossary's and term pages' JSON-LD is in glossary/terms.ts.
 */
import { articleJsonLd, parallelJsonLd, type EditionFacts, type SiteFacts } from './article-json-ld';
import { getEdition, getPaper } from '../content/query';
import { numberedTerms } from '../glossary/terms';
import { useTranslations } from '../site/i18n';
import { perLanguage, type Lang } from '../site/languages';
import { definedTerm } from './json-ld';
import { absoluteUrl, pdfPath, siteUrls, withBase } from '../site/urls';

async function editionFacts(site: URL | string, base: string): Promise<Record<Lang, EditionFacts>> {
  const urls = siteUrls(site, base);
  return perLanguage(async (lang) => {
    const t = useTranslations(lang);
    const edition = await getEdition(lang);
    return {
      lang,
      url: urls.article(lang),
      headline: edition.headline,
      description: edition.description,
      date: edition.date,
      reviewed: edition.reviewed,
      institution: edition.institution,
      address: edition.address,
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
  const [editions, paper, terms] = await Promise.all([
    editionFacts(site, base),
    getPaper(),
    numberedTerms(lang, site, base),
  ]);
  const glossary = siteUrls(site, base).page(lang, 'glossary');
  return articleJsonLd(
    editions,
    lang,
    paper,
    terms.map((term) => definedTerm(term, glossary)),
    siteFacts(lang, site, base),
  );
}

/** JSON-LD of the parallel view in one interface language: the `WebPage` holding both editions. */
export async function parallelPageJsonLd(lang: Lang, site: URL | string, base: string) {
  return parallelJsonLd(await editionFacts(site, base), lang, siteFacts(lang, site, base));
}
