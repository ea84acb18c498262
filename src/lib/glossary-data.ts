import type { EditionData, GlossaryEntry } from '../schemas/content';
import { glossaryDataSchema, glossaryDataVersion, type GlossaryData } from '../schemas/glossary-data';
import type { Lang } from './languages';
import { termNumber } from './glossary';

/** What the glossary data is made of, per language. */
export type EditionContent = Record<Lang, { edition: EditionData; entries: GlossaryEntry[] }>;

/** Absolute URLs of the site's pages. */
export interface SiteUrls {
  /** The glossary format's JSON Schema. */
  schema: string;
  /** The article in one language. */
  article(lang: Lang): string;
  /** A term's page in one language. */
  term(lang: Lang, id: string): string;
}

/**
 * `/glossary.json`: ids, numbers, terms, definitions and URLs in both languages, checked against
 * its schema so that the file published is the file documented.
 */
export function glossaryData(content: EditionContent, urls: SiteUrls): GlossaryData {
  const { ja, en } = content;
  const inLanguage = (lang: Lang, id: string) => {
    const entry = content[lang].entries.find((e) => e.id === id);
    if (!entry) throw new Error(`content/${lang}/glossary.mdx has no entry "${id}".`);
    return { term: entry.term, definition: entry.definition, url: urls.term(lang, id) };
  };
  return glossaryDataSchema.parse({
    format: urls.schema,
    version: glossaryDataVersion,
    release: {
      title: { ja: ja.edition.headline, en: en.edition.headline },
      date: ja.edition.date.toISOString().slice(0, 10),
      publisher: en.edition.institution,
      url: { ja: urls.article('ja'), en: urls.article('en') },
    },
    terms: ja.entries.map(({ id }) => ({ id, number: termNumber(ja.entries, id), ja: inLanguage('ja', id), en: inLanguage('en', id) })),
  });
}
