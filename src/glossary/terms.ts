/**
 * The glossary's terms as the data other sites read gives them: each with its ※ marker and the
 * absolute URL of its page (for the JSON-LD, the oEmbed responses and the term pages), and the
 * glossary's own JSON-LD, the `DefinedTermSet` of the glossary and term pages. Reads the content
 * collections, so only routes and layouts call it; the pure builders are in metadata/json-ld.ts.
 */
import { getGlossary } from '../content/query';
import { useTranslations } from '../site/i18n';
import type { Lang } from '../site/languages';
import { definedTermSet, type NumberedTerm } from '../metadata/json-ld';
import { siteUrls } from '../site/urls';

/** The glossary entries of one language with their ※ markers and absolute URLs. */
export async function numberedTerms(lang: Lang, site: URL | string, base: string): Promise<NumberedTerm[]> {
  const urls = siteUrls(site, base);
  return (await getGlossary(lang)).map((entry) => ({ ...entry, url: urls.term(lang, entry.id) }));
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
