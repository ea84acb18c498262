/**
 * Reads the content collections for the pages: one language's sections in reading order (each with
 * what the content model stored of it), its glossary, title block, at a glance and "What this means", and the paper.
 */
import { getCollection, getEntry, render, type CollectionEntry } from 'astro:content';
import type { GlossaryContent } from '../glossary/data';
import { groupNumbers } from '../parallel/alignment/align';
import { blocksReferencing } from '../glossary/references';
import { languages, originalLang, type Lang } from '../site/languages';
import type { EditionData, NumberedGlossaryEntry, PaperData } from './schema';
import type { GlanceData, MeaningData } from '../glance/schema';
import { sectionName } from './read/section-file';

/** One section file of one language. */
export type Section = CollectionEntry<'sections'>;

/**
 * The section id shared by both languages, by the content model's rule (`sectionName`).
 * @example sectionId({ id: 'ja/overview' }) // 'overview'
 */
export function sectionId(section: Pick<Section, 'id'>): string {
  return sectionName(section.id);
}

/** A section's MDX compiled: its `Content`, and what the compile adds to its frontmatter (its parts). */
export const renderSection = (section: Section) => render(section);

/** Sections of one language in reading order. */
export async function getSections(lang: Lang): Promise<Section[]> {
  const sections = await getCollection('sections', (entry) => entry.id.startsWith(`${lang}/`));
  return sections.sort((a, b) => a.data.order - b.data.order);
}

/** The section of one language that declares the glossary (the loader guarantees there is one). */
async function glossarySection(lang: Lang): Promise<Section | undefined> {
  return (await getSections(lang)).find((section) => section.data.entries);
}

/** The glossary of one language, in the release's order, numbered by the content model (the loader guarantees there is one). */
export async function getGlossary(lang: Lang): Promise<NumberedGlossaryEntry[]> {
  return (await glossarySection(lang))?.data.entries ?? [];
}

/** The file that declares one language's glossary, as the content model names it, to name it in an error. */
export async function glossaryFile(lang: Lang): Promise<string> {
  return (await glossarySection(lang))?.data.file ?? (await languageDir(lang));
}

/** Title block and page metadata of one language. */
export const getEdition = (lang: Lang): Promise<EditionData> => languageData('editions', lang, 'edition');

/** The paper the release reports. */
export async function getPaper(): Promise<PaperData> {
  const entry = await getEntry('paper', 'paper');
  if (!entry)
    throw new Error(
      `paper.yaml is missing from the content directory, the one that holds ${await languageDir(originalLang)}.`,
    );
  return entry.data;
}

/** At a glance, the drawing and the key numbers, of one language (the loader guarantees every language has it). */
export const getGlance = (lang: Lang): Promise<GlanceData> => languageData('glance', lang, 'at-a-glance');

/** "What this means", the panel at the top of one language's edition (the loader guarantees every language has it). */
export const getMeaning = (lang: Lang): Promise<MeaningData> => languageData('meaning', lang, 'what-this-means');

/** The data of one language's YAML file `<lang>/<name>.yaml` in a collection; an error naming the file when it is missing. */
async function languageData<C extends 'editions' | 'glance' | 'meaning'>(
  collection: C,
  lang: Lang,
  name: string,
): Promise<CollectionEntry<C>['data']> {
  const entry = await getEntry({ collection, id: `${lang}/${name}` });
  if (!entry) throw new Error(`${await languageDir(lang)}/${name}.yaml is missing.`);
  return entry.data;
}

/**
 * For each block both languages share, and each glossary entry, the number of the group (from 1)
 * of each of its sentences, in the original and in the translation: how the parallel view pairs them.
 */
export async function getAlignment(): Promise<Map<string, { original: number[]; translation: number[] }>> {
  return new Map((await getCollection('alignment')).map((entry) => [entry.id, groupNumbers(entry.data.groups)]));
}

/** The glossary and title block of both languages, and the file that declares each glossary. */
export async function getGlossaryContent(): Promise<GlossaryContent> {
  const [ja, en] = await Promise.all(
    languages.map(async (lang) => {
      const [edition, entries, file] = await Promise.all([getEdition(lang), getGlossary(lang), glossaryFile(lang)]);
      return { edition, entries, glossaryFile: file };
    }),
  );
  if (!ja || !en) throw new Error('The edition needs both a Japanese and an English text.');
  return { ja, en };
}

/**
 * Where a language's text references each glossary term: for each entry id, the hrefs of the
 * blocks that reference it, in reading order, made by `href` from each block id.
 * @param sections The language's sections, in reading order.
 */
export function termBacklinks(sections: readonly Section[], href: (block: string) => string): Record<string, string[]> {
  const references = sections.flatMap((s) => s.data.references);
  const entries = sections.flatMap((s) => s.data.entries ?? []);
  return Object.fromEntries(entries.map((e) => [e.id, blocksReferencing(references, e.id).map(href)]));
}

/** The directory of a language's files, as the content model records it, to name a file that is missing. */
async function languageDir(lang: Lang): Promise<string> {
  const [section] = await getSections(lang);
  return section?.data.dir ?? `the content directory's "${lang}" folder`;
}
