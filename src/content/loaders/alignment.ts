/**
 * The loader of the `alignment` collection: for each block both languages share, the groups that
 * pair its sentences, once the alignment holds (`parallel/alignment/`); the build stops otherwise.
 */
import { existsSync, readFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { authoredFile } from '../../parallel/alignment/authored';
import { alignmentReport } from '../../parallel/alignment/report';
import { formatReport, sectionProblems } from '../check/stages';
import { joinPath } from '../read/files';
import type { Publication } from '../model';
import { loadWhenSound, onContentChange, publicationIn } from './content';

/**
 * Aligns the sentences of every block under `base`, checked against `alignment.yaml`. In `astro
 * dev` it aligns again after every edit, as the view can mark only the sentences it has groups for.
 * @param base The content directory, relative to the project root.
 */
export function alignmentFiles(base: string): Loader {
  return {
    name: 'edition-alignment',
    async load(context) {
      // While it does not hold, `astro dev` stays up to show it in the overlay, as for the other content.
      await loadWhenSound(
        context,
        base,
        (publication) => alignmentIn(context, base, publication)?.report,
        async (publication) => {
          const found = alignmentIn(context, base, publication);
          if (found) await store(context, found.alignments);
          const realign = async () => {
            const again = alignmentIn(context, base, publicationIn(context, base));
            if (again?.report) context.logger.error(`${formatReport(again.report)}\n${again.report.hint}`);
            else if (again) await store(context, again.alignments);
          };
          if (context.watcher) onContentChange(context.watcher, context, base, () => void realign());
        },
      );
    },
  };
}

/** The alignment of the content model; undefined while the sections have problems, which their loader reports. */
export function alignmentIn(context: { config: { root: URL } }, base: string, publication: Publication) {
  if (sectionProblems(publication).length) return undefined;
  const root = fileURLToPath(context.config.root);
  const path = resolve(root, base, authoredFile);
  const file = joinPath(relative(root, resolve(root, base)).split(sep).join('/'), authoredFile);
  return alignmentReport(publication, { text: existsSync(path) ? readFileSync(path, 'utf8') : undefined, file });
}

/** Stores each block's groups, in place of those stored before. */
async function store(
  context: Pick<LoaderContext, 'store' | 'parseData'>,
  alignments: ReadonlyArray<{ id: string; groups: unknown }>,
): Promise<void> {
  const entries = await Promise.all(
    alignments.map(async ({ id, groups }) => ({ id, data: await context.parseData({ id, data: { groups } }) })),
  );
  context.store.clear();
  for (const entry of entries) context.store.set(entry);
}
