/**
 * schema.org JSON-LD for the glossary, typed with schema-dts so that a property schema.org does
 * not define on a type fails `astro check`; and the serialisation every JSON-LD block shares.
 * The article's and the parallel view's data are in article-json-ld.ts.
 */
import type { DefinedTerm, DefinedTermSet, WithContext } from 'schema-dts';
import type { GlossaryEntry } from '../content/schema';
import type { Lang } from '../site/languages';

/** A glossary entry with its ※ number and marker and the absolute URL of its page. */
export interface NumberedTerm extends GlossaryEntry {
  number: number;
  /** The ※ marker as the release prints it, e.g. `※1`. */
  marker: string;
  url: string;
}

/**
 * One glossary term as a `DefinedTerm`, identified by its page's URL and pointing at its set.
 * schema.org gives a `DefinedTerm` no `inLanguage` (it is not a creative work): its set states it.
 * @param setUrl The absolute URL of the glossary page, the set's id.
 */
export function definedTerm(term: NumberedTerm, setUrl: string): DefinedTerm {
  return {
    '@type': 'DefinedTerm',
    '@id': term.url,
    name: term.term,
    description: term.definition,
    termCode: term.marker,
    identifier: term.id,
    url: term.url,
    inDefinedTermSet: setUrl,
  };
}

/**
 * schema.org JSON-LD for glossary terms: a `DefinedTermSet` (the glossary, identified by its
 * page's URL) whose `hasDefinedTerm` are `DefinedTerm`s, each pointing back at the set.
 * @param set The glossary: its name, the absolute URL of its page, and its language.
 * @param terms The terms this page defines: all of them, or the one a term page is about.
 */
export function definedTermSet(
  set: { name: string; url: string; lang: Lang },
  terms: readonly NumberedTerm[],
): WithContext<DefinedTermSet> {
  return {
    '@context': 'https://schema.org',
    '@type': 'DefinedTermSet',
    '@id': set.url,
    name: set.name,
    url: set.url,
    inLanguage: set.lang,
    hasDefinedTerm: terms.map((term) => definedTerm(term, set.url)),
  };
}

/**
 * JSON for a `<script type="application/ld+json">`: `<` escaped, so no text can close the element.
 * @example jsonForScript({ a: '</script>' }) // '{"a":"\\u003c/script>"}'
 */
export function jsonForScript(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
