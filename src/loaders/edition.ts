import { readFileSync } from 'node:fs';
import { AstroError } from 'astro/errors';
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { checkEdition, formatProblem, type SectionSource } from '../lib/edition-check';
import { languages } from '../lib/languages';
import type { SectionData } from '../schemas/content';

/**
 * Loads every `<lang>/<section>.mdx` under `base` like Astro's glob loader, then checks the edition
 * as a whole (ids shared by both languages, glossary references resolvable) and fails the load
 * with every problem, each naming its file and line.
 */
export function editionSections(base: string): Loader {
  const files = glob({ pattern: '*/*.mdx', base });
  return {
    name: 'edition-sections',
    async load(context) {
      await files.load(context);
      const sources: Array<SectionSource & { order: number }> = [...context.store.values()].map((entry) => {
        const data = entry.data as SectionData;
        const file = entry.filePath ?? entry.id;
        const [lang = '', section = ''] = entry.id.split('/');
        return {
          file,
          lang,
          section,
          order: data.order,
          source: readFileSync(new URL(file, context.config.root), 'utf8'),
          ...(data.entries ? { entries: data.entries } : {}),
        };
      });
      sources.sort((a, b) => a.order - b.order);
      const problems = checkEdition(sources, languages);
      if (problems.length) {
        throw new AstroError(
          `The edition's content has ${problems.length} problem${problems.length > 1 ? 's' : ''}:\n${problems.map(formatProblem).join('\n')}`,
          'Each line names the file (and line) to fix. The README lists the content rules.',
        );
      }
    },
  };
}
