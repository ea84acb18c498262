/**
 * The loaders of the summaries traced to the text: every `<lang>/at-a-glance.yaml` (the drawing and
 * the key numbers) and every `<lang>/what-this-means.yaml`, each stored as Astro's glob loader
 * stores it once it is traced to sound sections.
 */
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { glanceReport, meaningReport, sectionReport, type ContentReport } from '../check/stages';
import type { Publication } from '../model';
import { loadWhenSound, recheckOnChange } from './content';

/**
 * Loads every `<lang>/<name>` under `base`, after `report` finds it traced to the text. While the
 * sections have problems it fails with those, exactly as the sections' loader does, since nothing
 * can be traced to broken sections. In `astro dev` it checks again after every edit and logs what
 * it finds.
 * @param base The content directory, relative to the project root.
 * @param name The file's name in each language's folder.
 * @param report What is wrong with the file in the model, if anything.
 */
function tracedFiles(base: string, name: string, report: (publication: Publication) => ContentReport | undefined): Loader {
  const files = glob({ pattern: `*/${name}`, base });
  return {
    name: name.replace(/\.yaml$/, ''),
    async load(context) {
      await loadWhenSound(context, base, (publication) => sectionReport(publication) ?? report(publication), async () => {
        await files.load(context);
        recheckOnChange(context, base, report);
      });
    },
  };
}

/** At a glance: each label and key number traced to the block it restates. */
export const glanceFiles = (base: string): Loader => tracedFiles(base, 'at-a-glance.yaml', glanceReport);

/** "What this means": each statement traced to its block, or marked as added by this site. */
export const meaningFiles = (base: string): Loader => tracedFiles(base, 'what-this-means.yaml', meaningReport);
