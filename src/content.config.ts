/** The content collections: the sections (with what the content model read of them), the editions' title blocks, the paper and the summaries (at a glance, and "What this means"). */
import { defineCollection } from 'astro:content';
import { contentDir } from './content/loaders/content-dir';
import { sectionFiles } from './content/loaders/sections';
import { glanceFiles, meaningFiles } from './content/loaders/content';
import { dataFiles } from './content/loaders/data';
import { editionSchema, paperSchema, sectionEntrySchema } from './content/schema';
import { glanceSchema, meaningSchema } from './glance/schema';
import { alignmentFiles } from './content/loaders/alignment';
import { alignmentSchema } from './parallel/alignment/schema';

export const collections = {
  sections: defineCollection({ loader: sectionFiles(contentDir), schema: sectionEntrySchema }),
  editions: defineCollection({ loader: dataFiles('editions', contentDir, '*/edition.yaml'), schema: editionSchema }),
  paper: defineCollection({ loader: dataFiles('paper', contentDir, 'paper.yaml'), schema: paperSchema }),
  glance: defineCollection({ loader: glanceFiles(contentDir), schema: glanceSchema }),
  meaning: defineCollection({ loader: meaningFiles(contentDir), schema: meaningSchema }),
  alignment: defineCollection({ loader: alignmentFiles(contentDir), schema: alignmentSchema }),
};
