/**
 * The publication's content model: every language's sections, blocks, glossary references, numbered
 * glossary and at a glance, read once from the files of a content directory. The loaders check it;
 * the ※ number of a glossary term is computed here and nowhere else.
 */
import { joinPath, type ContentDirectory } from './read/files';
import type { ContentProblem } from './problem';
import { readDataFile, type DataFile } from './read/data-file';
import { readGlance, type GlanceFile } from '../glance/source';
import { readMeaning, type MeaningFile } from '../glance/meaning-source';
import type { Block, TermReference } from './read/mdx-section';
import { characterProblems } from './check/text';
import { readSection, type DeclaredEntry, type Placed, type SectionFile } from './read/section-file';
import { editionSchema, paperSchema, type EditionData, type PaperData } from './schema';

/** A glossary entry with the ※ number readers see for it. */
export interface NumberedEntry extends DeclaredEntry {
  /** Its position in the glossary, from 1: the release's ※1, ※2… */
  number: number;
}

/** Everything one language's text is made of. */
export interface LanguageContent {
  lang: string;
  /** Directory of the language's files, relative to the project root: where a missing file belongs. */
  dir: string;
  /** The section files, in reading order (by `order`, then by name). */
  sections: SectionFile[];
  /** Every block of every section, in reading order. */
  blocks: Array<Block & Placed>;
  /** Every `<Term>` of every section, in reading order. */
  references: Array<TermReference & Placed>;
  /** The glossary's entries, numbered, from the one section that declares `entries` (the first, if several do). */
  glossary: NumberedEntry[];
  /** At a glance; undefined when the language has no `at-a-glance.yaml`. */
  glance: GlanceFile | undefined;
  /** "What this means"; undefined when the language has no `what-this-means.yaml`. */
  meaning: MeaningFile | undefined;
  /** The title block, `edition.yaml`; undefined when the language has none. */
  edition: DataFile<EditionData> | undefined;
}

/** The whole publication: every language's edition, the original first. */
export interface Publication {
  languages: LanguageContent[];
  /** The paper the release reports, `paper.yaml`; undefined when there is none. */
  paper: DataFile<PaperData> | undefined;
  /** Where `paper.yaml` belongs, relative to the project root. */
  paperFile: string;
}

/**
 * Builds the model from the files of a content directory.
 * @param content The directory and its files, as `readContentFiles` reads them.
 * @param langs The languages, the original first.
 */
export function buildPublication({ dir, files }: ContentDirectory, langs: readonly string[]): Publication {
  const paper = files.find((f) => f.name === 'paper.yaml' && !f.lang);
  return {
    paper: paper && readDataFile(paper, paperSchema),
    paperFile: joinPath(dir, 'paper.yaml'),
    languages: langs.map((lang) => {
      const own = files.filter((f) => f.lang === lang);
      const sections = own
        .filter((f) => f.name.endsWith('.mdx'))
        .map((f) => readSection(f.path, lang, f.text))
        .sort((a, b) => (a.data?.order ?? Infinity) - (b.data?.order ?? Infinity) || (a.file < b.file ? -1 : 1));
      const named = (name: string) => own.find((f) => f.name === name);
      const glance = named('at-a-glance.yaml');
      const meaning = named('what-this-means.yaml');
      const edition = named('edition.yaml');
      return {
        lang,
        dir: joinPath(dir, lang),
        sections,
        blocks: sections.flatMap((s) => s.blocks),
        references: sections.flatMap((s) => s.references),
        glossary: numberEntries(sections.find((s) => s.entries.length)?.entries ?? []),
        glance: glance && withCharacters(readGlance(glance.path, lang, glance.text), glance.text),
        meaning: meaning && withCharacters(readMeaning(meaning.path, lang, meaning.text), meaning.text),
        edition: edition && readDataFile(edition, editionSchema),
      };
    }),
  };
}

/** A file read, with the characters that do not belong in its text first among its problems. */
function withCharacters<T extends { file: string; problems: ContentProblem[] }>(read: T, text: string): T {
  return { ...read, problems: [...characterProblems(read.file, text), ...read.problems] };
}

/**
 * Numbers glossary entries as the release does: ※1 for the first, in the glossary's order.
 * @example numberEntries([{ id: 'a' }, { id: 'b' }]) // [{ id: 'a', number: 1 }, { id: 'b', number: 2 }]
 */
export function numberEntries<T extends object>(entries: readonly T[]): Array<T & { number: number }> {
  return entries.map((entry, index) => ({ ...entry, number: index + 1 }));
}
