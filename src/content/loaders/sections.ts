/**
 * The loader of the `sections` collection: every `<lang>/<section>.mdx` of the content directory,
 * stored as Astro's glob loader stores it once the content model finds the sections sound, with
 * what the model read of each file (its blocks, its glossary references, the numbered glossary).
 */
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob } from 'astro/loaders';
import type { Loader, LoaderContext } from 'astro/loaders';
import { sectionReport } from '../check/stages';
import type { Publication, LanguageContent } from '../model';
import type { SectionFile } from '../read/section-file';
import { useTranslations } from '../../site/i18n';
import { isLang } from '../../site/languages';
import type { SectionEntryData, SectionData } from '../schema';
import { publicationIn, loadWhenSound, recheckOnChange } from './content';

/** What the loader adds to a section's frontmatter: the fields of `sectionEntrySchema` the model fills. */
export type ModelFields = Omit<SectionEntryData, keyof SectionData> & Pick<SectionEntryData, 'entries'>;

/**
 * Loads every `<lang>/*.mdx` under `base`, after checking the sections as a publication (every file
 * parses, frontmatter valid, ids unique and shared by both languages, glossary references
 * resolvable); fails the load with every problem, each naming its file and line. Each entry's data
 * is its frontmatter with the model's fields (`sectionFields`). In `astro dev` it checks again
 * after every edit and logs what it finds.
 * @param base The content directory, relative to the project root.
 */
export function sectionFiles(base: string): Loader {
  const files = glob({ pattern: '*/*.mdx', base });
  return {
    name: 'edition-sections',
    async load(context) {
      await loadWhenSound(context, base, sectionReport, async (sound) => {
        // The glob loader validates and stores each file through parseData: the model's fields join the
        // frontmatter there, from the model just judged sound, read once for every file of this load;
        // when `astro dev` reloads a changed file later, from the model as it is then.
        let model: Publication | undefined = sound;
        const parseData: LoaderContext['parseData'] = (props) =>
          context.parseData({
            ...props,
            data: { ...props.data, ...fieldsOf(model ?? publicationIn(context, base), context, props.filePath) },
          });
        // Inherits the rest of Astro's context, each part read only when the glob loader reads it.
        await files.load(Object.create(context, { parseData: { value: parseData } }) as LoaderContext);
        model = undefined;
        recheckOnChange(context, base, sectionReport);
      });
    },
  };
}

/**
 * The model's fields of the section file at `filePath`; none for a file the model does not hold,
 * which the schema then refuses.
 */
function fieldsOf(
  publication: Publication,
  context: Pick<LoaderContext, 'config'>,
  filePath: string | undefined,
): Partial<ModelFields> {
  if (!filePath) return {};
  const file = relative(fileURLToPath(context.config.root), filePath).split(/[\\/]/).join('/');
  for (const content of publication.languages) {
    const section = content.sections.find((s) => s.file === file);
    if (section) return sectionFields(content, section);
  }
  return {};
}

/**
 * What a section entry stores from the content model, beyond its frontmatter.
 * @param content The section's language, as the model reads it.
 * @param section The section file.
 * @example sectionFields(ja, overview).blocks[0] // { id: 'overview-1', element: 'p', text: '…' }
 */
export function sectionFields(content: LanguageContent, section: SectionFile): ModelFields {
  const declaresGlossary = content.glossary[0]?.file === section.file;
  if (!isLang(content.lang)) throw new Error(`No interface language "${content.lang}" for ${section.file}.`);
  const t = useTranslations(content.lang);
  return {
    file: section.file,
    dir: content.dir,
    blocks: section.blocks.map(({ id, element, text }) => ({ id, element, text })),
    // The loader stores a sound publication only, where every reference stands in a block.
    references: section.references.map((r) => ({
      term: r.term,
      block: r.block ?? '',
      offset: r.textOffset ?? 0,
      line: r.position.start.line,
    })),
    ...(declaresGlossary && {
      entries: content.glossary.map(({ id, term, definition, number }) => ({
        id,
        term,
        definition,
        number,
        marker: t('term.marker', { n: number }),
      })),
    }),
  };
}
