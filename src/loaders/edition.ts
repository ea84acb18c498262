/**
 * The loader of the `sections` collection: every `<lang>/<section>.mdx` of the content directory,
 * stored as Astro's glob loader stores it once the content model finds the sections sound.
 */
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { sectionReport } from '../lib/content-check';
import { editionIn, failWith, recheckOnChange } from './content';

/**
 * Loads every `<lang>/*.mdx` under `base`, after checking the sections as an edition (every file
 * parses, frontmatter valid, ids unique and shared by both languages, glossary references
 * resolvable); fails the load with every problem, each naming its file and line. In `astro dev`
 * it checks again after every edit and logs what it finds.
 * @param base The content directory, relative to the project root.
 */
export function editionSections(base: string): Loader {
  const files = glob({ pattern: '*/*.mdx', base });
  return {
    name: 'edition-sections',
    async load(context) {
      const report = sectionReport(editionIn(context, base));
      if (report) failWith(report, context);
      await files.load(context);
      recheckOnChange(context, base, sectionReport);
    },
  };
}
