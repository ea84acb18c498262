/**
 * The loader of the `alignment` collection: for each block both languages share, the groups that
 * pair its sentences, once the alignment holds (`lib/alignment/`); the build stops otherwise.
 */
import { existsSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { authoredFile } from '../lib/alignment/authored';
import { alignmentReport } from '../lib/alignment/report';
import { sectionProblems } from '../lib/content-check';
import { joinPath } from '../lib/content-files';
import { failWith, publicationIn } from './content';

/**
 * Aligns the sentences of every block under `base`, checked against `alignment.yaml`.
 * @param base The content directory, relative to the project root.
 */
export function alignmentFiles(base: string): Loader {
  return {
    name: 'edition-alignment',
    async load(context) {
      const publication = publicationIn(context, base);
      // Broken sections are the sections loader's to report; aligning them would only add noise.
      if (sectionProblems(publication).length) return;
      const root = fileURLToPath(context.config.root);
      const path = resolve(root, base, authoredFile);
      const file = joinPath(relative(root, resolve(root, base)).split(/[\\/]/).join('/'), authoredFile);
      const { report, alignments } = alignmentReport(publication, { text: existsSync(path) ? readFileSync(path, 'utf8') : undefined, file });
      if (report) failWith(report, context);
      context.store.clear();
      for (const { id, groups } of alignments) context.store.set({ id, data: await context.parseData({ id, data: { groups } }) });
    },
  };
}
