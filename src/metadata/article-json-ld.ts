/**
 * schema.org JSON-LD of the article and the parallel view, typed with schema-dts. It says what a
 * search engine cannot see for itself: the Japanese page is JFCR's press release and the English
 * page this site's translation of it (`workTranslation` / `translationOfWork`, the translator and
 * the translation's publisher named as this site, never JFCR); both report one paper
 * (`isBasedOn`, `citation`: the `ScholarlyArticle` by its DOI); they explain the glossary's terms
 * (`about`); the PDF encodes each (`encoding`) and the parallel view presents both (`workExample`,
 * `hasPart`); JFCR holds the original's rights and this site licenses its translation
 * (`copyrightHolder`, `license`). Pure: every fact comes in as an argument (see page-json-ld.ts).
 */
import type {
  DefinedTerm,
  NewsArticle,
  NewsArticleLeaf,
  Organization,
  ScholarlyArticle,
  WebPage,
  WithContext,
} from 'schema-dts';
import type { PaperData } from '../content/schema';
import { doiUrl } from './citation';
import { languages, originalLang, type Lang } from '../site/languages';
import { contentLicense } from '../site/license';
import { isoDate } from '../site/i18n';

/** What the structured data says of one edition, every field read from the content. */
export interface EditionFacts {
  lang: Lang;
  /** Absolute URL of the edition's article page, its id. */
  url: string;
  headline: string;
  description: string;
  /** The release's date. */
  date: Date;
  /** When this edition was last read against the release. */
  reviewed: Date;
  /** The issuing institution as this edition names it. */
  institution: string;
  /** The institution's postal address, as edition.yaml writes it and its contacts show it. */
  address: string;
  /** Absolute URLs of the page's share image and of its PDF. */
  image: string;
  pdf: string;
  /** The parallel view in this edition's interface language. */
  parallel: { url: string; name: string; description: string };
}

/** Properties of a `NewsArticle`, typed so that a part spread into one is checked too. */
type Properties = Omit<NewsArticleLeaf, '@type'>;

/** This site, which publishes the translation, the parallel view and the structured data. */
export interface SiteFacts {
  name: string;
  /** Absolute URL of the site's root. */
  url: string;
}

/** The paper as a `ScholarlyArticle`, identified by its DOI's URL; the authors in the paper's order. */
export function scholarlyArticle(paper: PaperData): ScholarlyArticle {
  const url = doiUrl(paper.doi);
  return {
    '@type': 'ScholarlyArticle',
    '@id': url,
    sameAs: url,
    identifier: { '@type': 'PropertyValue', propertyID: 'DOI', value: paper.doi },
    headline: paper.title,
    name: paper.title,
    author: paper.authors.map((name) => ({ '@type': 'Person', name })),
    datePublished: isoDate(paper.published),
    isPartOf: {
      '@type': 'Periodical',
      name: paper.journal,
      publisher: { '@type': 'Organization', name: paper.publisher },
    },
  };
}

/** The institution, named in one edition's language, the other's name as its alternate. */
function institution(editions: Record<Lang, EditionFacts>, lang: Lang): Organization {
  const names = languages.filter((l) => l !== lang).map((l) => editions[l].institution);
  return {
    '@type': 'Organization',
    name: editions[lang].institution,
    alternateName: names,
    address: editions[lang].address,
  };
}

/** This site as the organisation that translates and publishes. */
function thisSite(site: SiteFacts): Organization {
  return { '@type': 'Organization', name: site.name, url: site.url };
}

/** Who publishes an edition: JFCR the original, this site a translation. */
function publisherOf(editions: Record<Lang, EditionFacts>, lang: Lang, site: SiteFacts): Organization {
  return lang === originalLang ? institution(editions, lang) : thisSite(site);
}

/** Whose an edition is: JFCR's release keeps JFCR's rights; this site licenses its translation. */
function rightsOf(editions: Record<Lang, EditionFacts>, lang: Lang, site: SiteFacts): Properties {
  return lang === originalLang
    ? { copyrightHolder: institution(editions, lang) }
    : { copyrightHolder: thisSite(site), license: contentLicense.url };
}

/** Another edition, named and linked from the page's edition, with its publisher (and translator) and rights. */
function editionReference(editions: Record<Lang, EditionFacts>, lang: Lang, site: SiteFacts): NewsArticle {
  const { url, headline } = editions[lang];
  const made: Properties =
    lang === originalLang ? { author: institution(editions, lang) } : { translator: thisSite(site) };
  return {
    '@type': 'NewsArticle',
    '@id': url,
    url,
    headline,
    inLanguage: lang,
    ...made,
    publisher: publisherOf(editions, lang, site),
    ...rightsOf(editions, lang, site),
  };
}

/**
 * The article page of one edition as a `NewsArticle`.
 * @param terms The glossary's terms, in the edition's language (their definitions are left out).
 */
export function articleJsonLd(
  editions: Record<Lang, EditionFacts>,
  lang: Lang,
  paper: PaperData,
  terms: DefinedTerm[],
  site: SiteFacts,
): WithContext<NewsArticle> {
  const facts = editions[lang];
  const others = languages.filter((l) => l !== lang);
  const translation: Properties =
    lang === originalLang
      ? { workTranslation: others.map((l) => editionReference(editions, l, site)) }
      : { translator: thisSite(site), translationOfWork: editionReference(editions, originalLang, site) };
  const scholarly = scholarlyArticle(paper);
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    '@id': facts.url,
    url: facts.url,
    headline: facts.headline,
    description: facts.description,
    // The build holds the description to the finding of "What this means", word for word.
    abstract: facts.description,
    datePublished: isoDate(facts.date),
    dateModified: isoDate(facts.reviewed),
    inLanguage: lang,
    image: facts.image,
    author: institution(editions, lang),
    publisher: publisherOf(editions, lang, site),
    ...rightsOf(editions, lang, site),
    sourceOrganization: institution(editions, lang),
    sdPublisher: thisSite(site),
    ...translation,
    isBasedOn: scholarly,
    citation: { '@id': doiUrl(paper.doi) },
    // The terms by name and page; their definitions are the glossary's JSON-LD, on its page.
    about: terms.map(({ description, ...term }) => term),
    encoding: { '@type': 'MediaObject', contentUrl: facts.pdf, encodingFormat: 'application/pdf', inLanguage: lang },
    workExample: { '@type': 'WebPage', '@id': facts.parallel.url, url: facts.parallel.url, name: facts.parallel.name },
  };
}

/** The parallel view as a `WebPage` in both languages whose parts are both editions. */
export function parallelJsonLd(
  editions: Record<Lang, EditionFacts>,
  lang: Lang,
  site: SiteFacts,
): WithContext<WebPage> {
  const { parallel } = editions[lang];
  return {
    '@context': 'https://schema.org',
    '@type': 'WebPage',
    '@id': parallel.url,
    url: parallel.url,
    name: parallel.name,
    description: parallel.description,
    inLanguage: [...languages],
    publisher: thisSite(site),
    sdPublisher: thisSite(site),
    hasPart: languages.map((l) => editionReference(editions, l, site)),
  };
}
