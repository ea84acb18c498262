/**
 * Builds `/glossary.json`, the glossary for machines: every term's id, ※ number, words and URLs in
 * both languages, from what the content model stored. Pure: the route reads the content.
 */
import type { EditionData, NumberedGlossaryEntry } from '../content/schema';
import { glossaryDataSchema, glossaryDataVersion, type GlossaryData } from './data-schema';
import type { Lang } from '../site/languages';
import { contentLicense } from '../site/license';
import type { SiteUrls } from '../site/urls';
import { isoDate } from '../site/i18n';

/** What the glossary data is made of, per language. */
export type GlossaryContent = Record<
  Lang,
  {
    edition: EditionData;
    /** The glossary's entries, numbered by the content model, in the release's order. */
    entries: NumberedGlossaryEntry[];
    /** The file that declares them, as the content model names it. */
    glossaryFile: string;
  }
>;

/**
 * `/glossary.json`: ids, numbers, terms, definitions and URLs in both languages, and the licence
 * of this site's part, checked against its schema so that the file published is the file documented.
 */
export function glossaryData(
  content: GlossaryContent,
  urls: Pick<SiteUrls, 'schema' | 'article' | 'term'>,
): GlossaryData {
  const { ja, en } = content;
  const inLanguage = (lang: Lang, id: string) => {
    const entry = content[lang].entries.find((e) => e.id === id);
    if (!entry) throw new Error(`${content[lang].glossaryFile} has no entry "${id}".`);
    return { term: entry.term, definition: entry.definition, url: urls.term(lang, id) };
  };
  return glossaryDataSchema.parse({
    format: urls.schema,
    version: glossaryDataVersion,
    license: contentLicense.url,
    release: {
      title: { ja: ja.edition.headline, en: en.edition.headline },
      date: isoDate(ja.edition.date),
      publisher: en.edition.institution,
      url: { ja: urls.article('ja'), en: urls.article('en') },
    },
    terms: ja.entries.map(({ id, number }) => ({ id, number, ja: inLanguage('ja', id), en: inLanguage('en', id) })),
  });
}
