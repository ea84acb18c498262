import type { GlossaryEntry } from '../schemas/content';
import type { Lang } from './languages';

/** A glossary entry with its ※ number and marker and the absolute URL of its page. */
export interface NumberedTerm extends GlossaryEntry {
  number: number;
  /** The ※ marker as the release prints it, e.g. `※1`. */
  marker: string;
  url: string;
}

/**
 * schema.org JSON-LD for glossary terms: a `DefinedTermSet` (the glossary, identified by its
 * page's URL) whose `hasDefinedTerm` are `DefinedTerm`s, each pointing back at the set.
 * @param set The glossary: its name, the absolute URL of its page, and its language.
 * @param terms The terms this page defines: all of them, or the one a term page is about.
 */
export function definedTermSet(set: { name: string; url: string; lang: Lang }, terms: readonly NumberedTerm[]) {
  return {
    '@context': 'https://schema.org',
    '@type': 'DefinedTermSet',
    '@id': set.url,
    name: set.name,
    url: set.url,
    inLanguage: set.lang,
    hasDefinedTerm: terms.map((term) => ({
      '@type': 'DefinedTerm',
      '@id': term.url,
      name: term.term,
      description: term.definition,
      termCode: term.marker,
      identifier: term.id,
      url: term.url,
      inDefinedTermSet: set.url,
      inLanguage: set.lang,
    })),
  };
}

/**
 * JSON for a `<script type="application/ld+json">`: `<` escaped, so no text can close the element.
 * @example jsonForScript({ a: '</script>' }) // '{"a":"\\u003c/script>"}'
 */
export function jsonForScript(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
