/**
 * The loader of the collections of plain data, the editions' title blocks and the paper: Astro's
 * glob loader, once the content model, which reads these files too, finds the content sound.
 */
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { sectionReport } from '../check/stages';
import { loadWhenSound } from './content';

/**
 * Loads the files under `base` that match `pattern`, after checking the content as the sections'
 * loader does, so that a value the schema rejects is reported at its line, with the value, and
 * either loader prints the same report (Astro's own check would print it at line 0).
 * @param name The loader's name.
 * @param base The content directory, relative to the project root.
 * @param pattern The files, e.g. `*\/edition.yaml`.
 */
export function dataFiles(name: string, base: string, pattern: string): Loader {
  const files = glob({ pattern, base });
  return {
    name,
    async load(context) {
      await loadWhenSound(context, base, sectionReport, () => files.load(context));
    },
  };
}
