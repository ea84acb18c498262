/**
 * Reads the content collections for the pages: one language's sections in reading order (each with
 * what the content model stored of it), its glossary, title block and summary, and the paper.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { blocksReferencing } from './glossary';
import { originalLang, type Lang } from './languages';
import type { EditionData, GlanceData, NumberedGlossaryEntry, PaperData } from '../schemas/content';

/** One section file of one language. */
export type Section = CollectionEntry<'sections'>;

/**
 * The section id shared by both languages: the file name without its extension.
 * @example sectionId({ id: 'ja/overview' }) // 'overview'
 */
export function sectionId(section: Pick<Section, 'id'>): string {
  return section.id.slice(section.id.indexOf('/') + 1);
}

/** Sections of one language in reading order. */
export async function getSections(lang: Lang): Promise<Section[]> {
  const sections = await getCollection('sections', (entry) => entry.id.startsWith(`${lang}/`));
  return sections.sort((a, b) => a.data.order - b.data.order);
}

/** The glossary of one language, in the release's order, numbered by the content model (the loader guarantees there is one). */
export async function getGlossary(lang: Lang): Promise<NumberedGlossaryEntry[]> {
  const sections = await getSections(lang);
  return sections.find((section) => section.data.entries)?.data.entries ?? [];
}

/** Title block and page metadata of one language. */
export async function getEdition(lang: Lang): Promise<EditionData> {
  const entry = await getEntry('editions', `${lang}/edition`);
  if (!entry) throw new Error(`${await languageDir(lang)}/edition.yaml is missing.`);
  return entry.data;
}

/** The paper the release reports. */
export async function getPaper(): Promise<PaperData> {
  const entry = await getEntry('paper', 'paper');
  if (!entry) throw new Error(`paper.yaml is missing from the content directory, the one that holds ${await languageDir(originalLang)}.`);
  return entry.data;
}

/** The illustrated summary and key numbers of one language (the loader guarantees every language has them). */
export async function getGlance(lang: Lang): Promise<GlanceData> {
  const entry = await getEntry('glance', `${lang}/at-a-glance`);
  if (!entry) throw new Error(`${await languageDir(lang)}/at-a-glance.yaml is missing.`);
  return entry.data;
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
