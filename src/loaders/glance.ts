import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AstroError } from 'astro/errors';
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { formatProblem } from '../lib/edition-check';
import { checkGlances, type BlockSource, type GlanceSource } from '../lib/glance-check';
import { languages } from '../lib/languages';
import type { GlanceData } from '../schemas/content';

/**
 * Loads every `<lang>/at-a-glance.yaml` under `base`, then traces each label and key number to the
 * block of `<lang>/*.mdx` it restates, failing the load with every problem, each naming its file.
 */
export function glanceFiles(base: string): Loader {
  const files = glob({ pattern: '*/at-a-glance.yaml', base });
  return {
    name: 'at-a-glance',
    async load(context) {
      await files.load(context);
      const root = fileURLToPath(context.config.root);
      const loaded = new Map([...context.store.values()].map((entry) => [entry.id.split('/')[0], entry]));
      const glances: GlanceSource[] = [];
      const missing: string[] = [];
      for (const lang of languages) {
        const entry = loaded.get(lang);
        const file = entry?.filePath ?? join(base, lang, 'at-a-glance.yaml');
        if (!entry) missing.push(`${file}: missing. Every language has its summary and key numbers; copy the original's and translate it.`);
        else glances.push({ file, lang, raw: readFileSync(join(root, file), 'utf8'), data: entry.data as GlanceData });
      }
      const sections: BlockSource[] = languages.flatMap((lang) => {
        const dir = join(root, base, lang);
        if (!existsSync(dir)) return [];
        return readdirSync(dir)
          .filter((name) => name.endsWith('.mdx'))
          .map((name) => ({ file: join(base, lang, name).replace(/^\.\//, ''), lang, source: readFileSync(join(dir, name), 'utf8') }));
      });
      const problems = [...missing, ...checkGlances(glances, sections).map(formatProblem)];
      if (problems.length) {
        throw new AstroError(
          `The summary at a glance has ${problems.length} problem${problems.length > 1 ? 's' : ''}:\n${problems.join('\n')}`,
          'Each item names the paragraph it restates (`restates`) and quotes its words exactly (`quote`); every number it shows must be in the quote.',
        );
      }
    },
  };
}
