/**
 * Where everything the site publishes lives: pages, share images and the PDFs, as paths relative
 * to the site, as hrefs under its base, and as the absolute URLs other sites read.
 */
import type { Lang } from './languages';

/**
 * Pages that exist once per language: the article, the parallel view, the glossary, the embed
 * demo, the paper's citation files, and each glossary term's page.
 */
export type PageKind = 'article' | 'glossary' | 'parallel' | 'embed' | 'cite' | `glossary/${string}`;

/** What a page of an edition says of itself: its kind (its counterpart in the other language is the same kind), its language, title and description. */
export interface PageHead {
  lang: Lang;
  page: PageKind;
  title: string;
  description: string;
}

/** Where the embeddable term card script is served, under the base; `v1` changes only with a breaking change. */
export const embedScriptPath = 'embed/v1/glossary-card.js';

/**
 * The page of one glossary term; its path is the term's id under the glossary, forever.
 * @example termPage('gsk3-inhibitor') // 'glossary/gsk3-inhibitor'
 */
export function termPage(id: string): PageKind {
  return `glossary/${id}`;
}

/**
 * Site-relative path of a page's share image (1200×630 PNG), without the base.
 * @example shareImagePath('en', 'glossary/gsk3-inhibitor') // 'og/en/glossary/gsk3-inhibitor.png'
 */
export function shareImagePath(lang: Lang, page: PageKind): string {
  return `og/${lang}/${page}.png`;
}

/**
 * Joins the site's base path and a path inside the site, keeping exactly one slash between them.
 * @example withBase('/alk-gsk3/', 'ja/') // '/alk-gsk3/ja/'
 */
export function withBase(base: string, path: string): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return prefix + path.replace(/^\/+/, '');
}

/**
 * Site-relative path of a page in one language, without the base.
 * @example pagePath('en', 'glossary') // 'en/glossary/'
 * @example pagePath('ja', termPage('alk-inhibitor')) // 'ja/glossary/alk-inhibitor/'
 */
export function pagePath(lang: Lang, page: PageKind): string {
  return page === 'article' ? `${lang}/` : `${lang}/${page}/`;
}

/**
 * Href of a page in one language, honouring the base, with an optional fragment.
 * @example pageHref('/', 'ja', 'glossary', 'gsk3-inhibitor') // '/ja/glossary/#gsk3-inhibitor'
 */
export function pageHref(base: string, lang: Lang, page: PageKind, fragment?: string): string {
  const href = withBase(base, pagePath(lang, page));
  return fragment ? `${href}#${fragment}` : href;
}

/**
 * Absolute URL of a path on the site, for canonical and alternate links.
 * @example absoluteUrl('https://example.org', '/ja/') // 'https://example.org/ja/'
 */
export function absoluteUrl(site: URL | string, path: string): string {
  return new URL(path, site).href;
}

/**
 * Site-relative path of the article's PDF in one language, without the base. The name carries
 * the language so that both copies can sit side by side in a reader's downloads.
 * @example pdfPath('ja') // 'ja/alk-gsk3-press-release-ja.pdf'
 */
export function pdfPath(lang: Lang): string {
  return `${lang}/alk-gsk3-press-release-${lang}.pdf`;
}

/** Absolute URLs of the site's pages and files, for data other sites read. */
export interface SiteUrls {
  /** The glossary format's JSON Schema. */
  schema: string;
  article(lang: Lang): string;
  term(lang: Lang, id: string): string;
  page(lang: Lang, kind: PageKind): string;
  image(lang: Lang, kind: PageKind): string;
}

/**
 * Absolute URLs of the site's pages and files, for data other sites read.
 * @example siteUrls('https://example.org', '/alk-gsk3/').term('en', 'alk-inhibitor') // 'https://example.org/alk-gsk3/en/glossary/alk-inhibitor/'
 */
export function siteUrls(site: URL | string, base: string): SiteUrls {
  const page = (lang: Lang, kind: PageKind) => absoluteUrl(site, pageHref(base, lang, kind));
  const file = (path: string) => absoluteUrl(site, withBase(base, path));
  return {
    schema: file('glossary.schema.json'),
    article: (lang) => page(lang, 'article'),
    term: (lang, id) => page(lang, termPage(id)),
    page,
    image: (lang, kind) => file(shareImagePath(lang, kind)),
  };
}
