/**
 * The oEmbed response of each term page, from the content: the term with its ※ marker, its page
 * and its share image. Reads the content collections, so only routes call it; the pure builder is
 * in oembed.ts.
 */
import { glossaryFile } from '../content/query';
import { useTranslations } from '../site/i18n';
import type { Lang } from '../site/languages';
import { termOembed } from './oembed';
import { numberedTerms } from './terms';
import { siteUrls, termPage } from '../site/urls';

export async function termEmbed(lang: Lang, id: string, site: URL | string, base: string) {
  const term = (await numberedTerms(lang, site, base)).find((entry) => entry.id === id);
  if (!term) throw new Error(`No glossary entry "${id}" in ${await glossaryFile(lang)}.`);
  const urls = siteUrls(site, base);
  return termOembed(
    { ...term, lang },
    { name: useTranslations(lang)('site.name'), url: urls.article(lang), thumbnail: urls.image(lang, termPage(id)) },
  );
}
