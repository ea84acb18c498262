/**
 * The loader of the `glance` collection: every `<lang>/at-a-glance.yaml` of the content directory,
 * stored as Astro's glob loader stores it once at a glance is traced to sound sections.
 */
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { glanceReport, sectionReport } from '../lib/content-check';
import { loadWhenSound, recheckOnChange } from './content';

/**
 * Loads every `<lang>/at-a-glance.yaml` under `base`, after tracing each label and key number to
 * the block it restates. While the sections have problems it fails with those, exactly as the
 * sections' loader does, since at a glance cannot be traced to broken sections. In `astro dev` it
 * traces it again after every edit and logs what it finds.
 * @param base The content directory, relative to the project root.
 */
export function glanceFiles(base: string): Loader {
  const files = glob({ pattern: '*/at-a-glance.yaml', base });
  return {
    name: 'at-a-glance',
    async load(context) {
      await loadWhenSound(context, base, (publication) => sectionReport(publication) ?? glanceReport(publication), async () => {
        await files.load(context);
        recheckOnChange(context, base, glanceReport);
      });
    },
  };
}
