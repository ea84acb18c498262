/**
 * The citations the site publishes, made from the content when the site is built: the paper's
 * files (`/paper.bib`, `/paper.ris`, `/paper.json`) and references, and the reference of each
 * edition's page. Reads the content collections, so only routes and components call it; the pure
 * builders are in citation.ts.
 */
import { citationFiles, paperItem, vancouver, type CitationFile } from './citation';
import { pageCitation, type CitationRun } from './page-citation';
import { getEdition, getPaper } from '../content/query';
import { useTranslations } from '../site/i18n';
import { originalLang, type Lang } from '../site/languages';
import { absoluteUrl, pageHref } from '../site/urls';

/** The paper's citation files and its Vancouver reference. */
export async function paperCitations(): Promise<{ files: CitationFile[]; reference: string }> {
  const paper = await getPaper();
  return { files: citationFiles(paper), reference: vancouver(paperItem(paper)) };
}

/**
 * The response of one citation file's route, typed by its media type.
 * @example await citationResponse('bibtex') // Response of '@article{Shimizu2022GSK3, …'
 */
export async function citationResponse(kind: CitationFile['kind']): Promise<Response> {
  const file = (await paperCitations()).files.find((f) => f.kind === kind);
  if (!file) throw new Error(`No citation file of kind "${kind}".`);
  return new Response(file.text, { headers: { 'Content-Type': `${file.mediaType}; charset=utf-8` } });
}

/**
 * "Cite this page": the Vancouver reference of an edition's article page, written by the
 * institution the edition names, published by this site, in the edition's language; a
 * translation's names this site as its translator and the original it translates.
 */
export async function pageReference(lang: Lang, site: URL | string, base: string): Promise<CitationRun[]> {
  const t = useTranslations(lang);
  const edition = await getEdition(lang);
  const url = absoluteUrl(site, pageHref(base, lang, 'article'));
  const page = {
    lang,
    url,
    title: edition.headline,
    author: edition.institution,
    site: t('site.name'),
    genre: t('cite.pageGenre'),
    date: edition.date,
    updated: edition.reviewed,
  };
  if (lang === originalLang) return pageCitation(page);
  const original = await getEdition(originalLang);
  return pageCitation({
    ...page,
    original: {
      title: original.headline,
      lang: originalLang,
      genre: t('cite.originalGenre'),
      publisher: edition.institution,
    },
  });
}
